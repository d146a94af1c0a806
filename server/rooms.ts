import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isRoomCode, newRoomCode, normalizeRoomCode } from './room-codes.ts';

/** The most people one room holds. */
export const maxParticipants = 100;
export const maxNicknameLength = 40;

const participantSchema = z.strictObject({
  id: z.string().min(1).max(40),
  nickname: z.string().min(1).max(maxNicknameLength),
  joinedAt: z.string(),
  removed: z.boolean(),
});
export type Participant = z.infer<typeof participantSchema>;

export const roomSchema = z.strictObject({
  code: z.string().refine(isRoomCode),
  createdAt: z.string(),
  /** open: anyone with the code joins; locked: only those already in; closed: over. */
  state: z.enum(['open', 'locked', 'closed']),
  participants: z.array(participantSchema).max(maxParticipants),
});
export type Room = z.infer<typeof roomSchema>;

export type JoinRefusal = 'unknown' | 'closed' | 'locked' | 'full' | 'nickname' | 'removed';
export type JoinResult =
  { ok: true; participant: Participant } | { ok: false; refusal: JoinRefusal };

/** Control characters and what XML cannot carry: a nickname may not hold them. */
const isBadCharacter = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
};

export function cleanNickname(typed: unknown): string | null {
  if (typeof typed !== 'string') return null;
  const nickname = typed.trim().replace(/\s+/g, ' ');
  if (nickname === '' || nickname.length > maxNicknameLength || [...nickname].some(isBadCharacter))
    return null;
  return nickname;
}

/**
 * Two phones that give the same name become "Anna" and "Anna 2": each is their own assessor on the
 * laptop, and nobody's scores are taken for someone else's.
 */
export function uniqueNickname(nickname: string, others: readonly Participant[]): string {
  const taken = new Set(others.map((other) => other.nickname.toLocaleLowerCase()));
  if (!taken.has(nickname.toLocaleLowerCase())) return nickname;
  for (let number = 2; ; number += 1) {
    const suffix = ` ${number}`;
    const candidate = nickname.slice(0, maxNicknameLength - suffix.length) + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * The rooms of this server, each kept in its own JSON file so that a restart keeps codes and
 * participants. Writes go through a temporary file and a rename: a crash never leaves half a room.
 */
export class RoomStore {
  private readonly rooms = new Map<string, Room>();

  private constructor(private readonly directory: string) {}

  static async open(directory: string): Promise<RoomStore> {
    await mkdir(directory, { recursive: true });
    const store = new RoomStore(directory);
    for (const name of await readdir(directory)) {
      if (!name.endsWith('.json')) continue;
      try {
        const parsed = roomSchema.safeParse(
          JSON.parse(await readFile(join(directory, name), 'utf8')),
        );
        if (parsed.success) store.rooms.set(parsed.data.code, parsed.data);
      } catch {
        // A damaged file is a room that cannot be joined; the others still open.
      }
    }
    return store;
  }

  get(code: string): Room | undefined {
    return this.rooms.get(normalizeRoomCode(code));
  }

  async create(now = new Date()): Promise<Room> {
    const room: Room = {
      code: newRoomCode((code) => this.rooms.has(code)),
      createdAt: now.toISOString(),
      state: 'open',
      participants: [],
    };
    await this.save(room);
    return room;
  }

  /**
   * Joins a person to a room, or gives a person who joined before (same participant id, from
   * the token their phone kept) their place back, even in a locked room.
   */
  async join(code: string, typedNickname: unknown, returning?: string): Promise<JoinResult> {
    const room = this.get(code);
    if (!room) return { ok: false, refusal: 'unknown' };
    if (room.state === 'closed') return { ok: false, refusal: 'closed' };
    const known = returning
      ? room.participants.find((participant) => participant.id === returning)
      : undefined;
    if (known) {
      return known.removed ? { ok: false, refusal: 'removed' } : { ok: true, participant: known };
    }
    if (room.state === 'locked') return { ok: false, refusal: 'locked' };
    const nickname = cleanNickname(typedNickname);
    if (nickname === null) return { ok: false, refusal: 'nickname' };
    if (room.participants.length >= maxParticipants) return { ok: false, refusal: 'full' };
    const participant: Participant = {
      id: randomBytes(9).toString('base64url'),
      nickname: uniqueNickname(nickname, room.participants),
      joinedAt: new Date().toISOString(),
      removed: false,
    };
    await this.save({ ...room, participants: [...room.participants, participant] });
    return { ok: true, participant };
  }

  async setState(code: string, state: Room['state']): Promise<Room | undefined> {
    const room = this.get(code);
    if (!room) return undefined;
    const next = { ...room, state };
    await this.save(next);
    return next;
  }

  async remove(code: string, participantId: string): Promise<Room | undefined> {
    const room = this.get(code);
    if (!room) return undefined;
    const next = {
      ...room,
      participants: room.participants.map((participant) =>
        participant.id === participantId ? { ...participant, removed: true } : participant,
      ),
    };
    await this.save(next);
    return next;
  }

  private async save(room: Room): Promise<void> {
    const file = join(this.directory, `${room.code}.json`);
    const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(room));
    await rename(temporary, file);
    this.rooms.set(room.code, room);
  }
}
