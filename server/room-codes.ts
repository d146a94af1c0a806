import { randomInt } from 'node:crypto';

/**
 * Room codes are read off a projector and typed on a phone: no 0/O, 1/I/L, which a room mixes
 * up, and upper case only. Five characters from 31 give 28 million codes.
 */
export const roomCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const roomCodeLength = 5;

export function newRoomCode(isTaken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let index = 0; index < roomCodeLength; index += 1)
      code += roomCodeAlphabet[randomInt(roomCodeAlphabet.length)];
    if (!isTaken(code)) return code;
  }
}

/** A code as a person typed it: spaces and dashes dropped, upper case. */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 12);
}

export function isRoomCode(code: string): boolean {
  return (
    code.length === roomCodeLength && [...code].every((char) => roomCodeAlphabet.includes(char))
  );
}
