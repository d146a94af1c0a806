import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
 *
 * Nothing is cached: every look-up reads the room's file, and every change reads, changes and
 * writes it under a lock file. Several instances of the server that share the folder (a hosted
 * relay) then all see a room opened, joined, locked, closed or a participant removed on any of
 * them, and two joins at the same moment on two instances both keep their participant.
 */
export class RoomStore {
  private constructor(private readonly directory: string) {}

  static async open(directory: string): Promise<RoomStore> {
    await mkdir(directory, { recursive: true });
    return new RoomStore(directory);
  }

  private file(code: string): string {
    return join(this.directory, `${code}.json`);
  }

  /** The room as its file has it now, or undefined for an unknown code or a damaged file. */
  async get(typedCode: string): Promise<Room | undefined> {
    const code = normalizeRoomCode(typedCode);
    if (!isRoomCode(code)) return undefined;
    try {
      const parsed = roomSchema.safeParse(JSON.parse(await readFile(this.file(code), 'utf8')));
      // A damaged file is a room that cannot be joined; the others still open.
      return parsed.success && parsed.data.code === code ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async create(now = new Date()): Promise<Room> {
    const room: Room = {
      code: newRoomCode((code) => existsSync(this.file(code))),
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
  join(code: string, typedNickname: unknown, returning?: string): Promise<JoinResult> {
    const refuse = (refusal: JoinRefusal): [undefined, JoinResult] => [
      undefined,
      { ok: false, refusal },
    ];
    return this.change<JoinResult>(code, (room) => {
      if (!room) return refuse('unknown');
      if (room.state === 'closed') return refuse('closed');
      const known = returning
        ? room.participants.find((participant) => participant.id === returning)
        : undefined;
      if (known)
        return known.removed ? refuse('removed') : [undefined, { ok: true, participant: known }];
      if (room.state === 'locked') return refuse('locked');
      const nickname = cleanNickname(typedNickname);
      if (nickname === null) return refuse('nickname');
      if (room.participants.length >= maxParticipants) return refuse('full');
      const participant: Participant = {
        id: randomBytes(9).toString('base64url'),
        nickname: uniqueNickname(nickname, room.participants),
        joinedAt: new Date().toISOString(),
        removed: false,
      };
      return [
        { ...room, participants: [...room.participants, participant] },
        { ok: true, participant },
      ];
    });
  }

  setState(code: string, state: Room['state']): Promise<Room | undefined> {
    return this.change(code, (room) => {
      const next = room && { ...room, state };
      return [next, next];
    });
  }

  remove(code: string, participantId: string): Promise<Room | undefined> {
    return this.change(code, (room) => {
      const next = room && {
        ...room,
        participants: room.participants.map((participant) =>
          participant.id === participantId ? { ...participant, removed: true } : participant,
        ),
      };
      return [next, next];
    });
  }

  /**
   * Reads a room, lets `decide` make the next room (or none, to leave it as it is) and an answer,
   * and writes the next room, all while holding the room's lock file: no change made in between,
   * by this instance or another, is lost. A lock older than five seconds was left by an instance
   * that stopped in the middle of a change, and is broken.
   */
  private async change<T>(
    typedCode: string,
    decide: (room: Room | undefined) => [Room | undefined, T],
  ): Promise<T> {
    const code = normalizeRoomCode(typedCode);
    if (!isRoomCode(code)) return decide(undefined)[1];
    const lock = join(this.directory, `${code}.lock`);
    for (;;) {
      try {
        await writeFile(lock, '', { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const since = await stat(lock).then(
          (held) => Date.now() - held.mtimeMs,
          () => 0,
        );
        if (since > 5000) await rm(lock, { force: true });
        else await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    try {
      const [next, answer] = decide(await this.get(code));
      if (next) await this.save(next);
      return answer;
    } finally {
      await rm(lock, { force: true });
    }
  }

  private async save(room: Room): Promise<void> {
    const file = this.file(room.code);
    const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(room));
    await rename(temporary, file);
  }
}
