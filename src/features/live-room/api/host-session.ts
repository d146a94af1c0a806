import { z } from 'zod';
import { roomCodePattern } from '../model/room-document';
import type { HostRoom } from './host-api';

/**
 * The room a roadmap's stage has open, kept in this browser so that a reload, a crash or the
 * laptop sleeping brings the facilitator straight back to the same room with everything in it.
 */
const storedSchema = z.strictObject({
  code: z.string().regex(roomCodePattern),
  hostToken: z.string().min(1).max(2000),
  joinOrigin: z.string().max(300),
  revealed: z.boolean(),
});
export type HostSession = z.infer<typeof storedSchema>;

const key = (roadmapId: string, target: string) => `rotta.room.${roadmapId}.${target}`;

export function loadHostSession(roadmapId: string, target: string): HostSession | null {
  try {
    const parsed = storedSchema.safeParse(
      JSON.parse(localStorage.getItem(key(roadmapId, target)) ?? 'null'),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveHostSession(roadmapId: string, target: string, session: HostSession): void {
  try {
    localStorage.setItem(key(roadmapId, target), JSON.stringify(session));
  } catch {
    // Storage refused: the room still runs; only a reload would lose the way back to it.
  }
}

export function forgetHostSession(roadmapId: string, target: string): void {
  try {
    localStorage.removeItem(key(roadmapId, target));
  } catch {
    // Nothing kept.
  }
}

export const hostRoomOf = (session: HostSession): HostRoom => ({
  code: session.code,
  hostToken: session.hostToken,
  joinOrigin: session.joinOrigin,
});
