import { z } from 'zod';
import { roomCodePattern, typedRoomCode } from '../model/room-document';
import { saveSession, type PhoneSession } from './phone-session';

export type JoinErrorKind =
  | 'badCode'
  | 'unknown'
  | 'closed'
  | 'locked'
  | 'full'
  | 'nickname'
  | 'removed'
  | 'tooMany'
  | 'network';
export interface JoinError {
  kind: JoinErrorKind;
  code: string;
}

const joinedSchema = z.object({
  participant: z.string().min(1).max(40),
  nickname: z.string().min(1).max(60),
  token: z.string().min(1).max(2000),
});
const refusalSchema = z.object({ error: z.string().max(40) });

const refusals: Record<string, JoinErrorKind> = {
  unknown: 'unknown',
  closed: 'closed',
  locked: 'locked',
  full: 'full',
  nickname: 'nickname',
  removed: 'removed',
  'too-many-joins': 'tooMany',
};

/**
 * Joins a room with a name, or comes back to it with the token this phone kept (same place, same
 * answers). What the server answers is checked before it is kept.
 */
export async function joinRoom(
  code: string,
  who: { nickname: string } | { token: string },
): Promise<{ ok: true; session: PhoneSession } | { ok: false; error: JoinError }> {
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(code)}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
  } catch {
    return { ok: false, error: { kind: 'network', code } };
  }
  const body: unknown = await response.json().catch(() => null);
  const joined = joinedSchema.safeParse(body);
  if (response.ok && joined.success) {
    const session = { code, ...joined.data };
    saveSession(session);
    return { ok: true, session };
  }
  const refusal = refusalSchema.safeParse(body);
  const kind = (refusal.success && refusals[refusal.data.error]) || 'network';
  return { ok: false, error: { kind, code } };
}

/** The code in the link the phone opened: `/join/K7QMX` (the QR code), or none for `/join`. */
export function codeFromPath(pathname: string): string {
  const segment = pathname.replace(/^\/join\/?/, '').split('/')[0] ?? '';
  let typed = '';
  try {
    typed = typedRoomCode(decodeURIComponent(segment));
  } catch {
    // A malformed escape in the address: no code from it.
  }
  return roomCodePattern.test(typed) ? typed : '';
}
