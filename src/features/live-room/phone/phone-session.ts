import { z } from 'zod';

/**
 * What a phone keeps of a room in its own storage (plain localStorage: the join page runs over
 * plain http on the local network, where nothing better is offered): who it is in the room, and
 * its answers as a Yjs update, so a reload or a lost connection rejoins as the same participant
 * and sends what was answered offline.
 */
const sessionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z2-9]{5}$/),
  participant: z.string().min(1).max(40),
  nickname: z.string().min(1).max(60),
  token: z.string().min(1).max(2000),
});
export type PhoneSession = z.infer<typeof sessionSchema>;

const sessionKey = (code: string) => `rotta.phone.${code}`;
const answersKey = (code: string) => `rotta.phone.${code}.answers`;
const unsentKey = (code: string) => `rotta.phone.${code}.unsent`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused (a private tab): the answers still go to the room while connected.
  }
}

export function loadSession(code: string): PhoneSession | null {
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(read(sessionKey(code)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSession(session: PhoneSession): void {
  write(sessionKey(session.code), JSON.stringify(session));
}

/** Forgets a room on this phone (removed from it, or it was closed). */
export function forgetSession(code: string): void {
  for (const key of [sessionKey(code), answersKey(code), unsentKey(code)]) write(key, null);
}

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
};

export function loadAnswers(code: string): Uint8Array | null {
  const saved = read(answersKey(code));
  if (!saved) return null;
  try {
    return Uint8Array.from(atob(saved), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

export function saveAnswers(code: string, update: Uint8Array): void {
  write(answersKey(code), toBase64(update));
}

/** The answers changed on this phone that the room has not confirmed yet. */
export function loadUnsent(code: string): Set<string> {
  try {
    const parsed = z
      .array(z.string().max(300))
      .max(600)
      .safeParse(JSON.parse(read(unsentKey(code)) ?? '[]'));
    return new Set(parsed.success ? parsed.data : []);
  } catch {
    return new Set();
  }
}

export function saveUnsent(code: string, fields: ReadonlySet<string>): void {
  write(unsentKey(code), fields.size === 0 ? null : JSON.stringify([...fields]));
}
