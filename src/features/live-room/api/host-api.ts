import { z } from 'zod';
import { roomCodePattern } from '../model/room-document';

/**
 * The laptop's side of the room server's small JSON API. Every answer is checked before use: the
 * server is ours, but what it relays came from phones.
 */
const openedSchema = z.object({
  code: z.string().regex(roomCodePattern),
  hostToken: z.string().min(1).max(2000),
});
const infoSchema = z.object({ joinOrigin: z.string().max(300) });
const viewSchema = z.object({
  code: z.string(),
  state: z.enum(['open', 'locked', 'closed']),
  participants: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        nickname: z.string().min(1).max(60),
        joinedAt: z.string().max(40),
      }),
    )
    .max(100),
});
export type RoomView = z.infer<typeof viewSchema>;
export type RoomParticipant = RoomView['participants'][number];

export interface HostRoom {
  code: string;
  hostToken: string;
  /** Where phones open the join page (the laptop's address on the local network). */
  joinOrigin: string;
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`The room server answered ${response.status}`);
  return response.json();
}

let available: Promise<boolean> | null = null;

/** What the room server sets with its pages (server/static-files.ts). */
const roomServerCookie = /(^|;\s*)rotta-room-server=1(;|$)/;

/**
 * Whether Rotta was opened from its room server (`npm start`): the server marks its pages with a
 * cookie, and then answers /api/health. A static host is never asked (its 404 would be an error in
 * the console), and the live room is simply not offered.
 */
export function roomServerAvailable(): Promise<boolean> {
  if (!roomServerCookie.test(document.cookie)) return Promise.resolve(false);
  available ??= fetch('/api/health', { cache: 'no-store' })
    .then(json)
    .then((body) => z.object({ ok: z.literal(true) }).safeParse(body).success)
    .catch(() => false);
  return available;
}

export async function openHostRoom(): Promise<HostRoom> {
  const opened = openedSchema.parse(await json(await fetch('/api/rooms', { method: 'POST' })));
  const info = infoSchema.parse(await json(await fetch('/api/info', { cache: 'no-store' })));
  return { ...opened, joinOrigin: info.joinOrigin.replace(/\/$/, '') };
}

const hostRequest = (room: HostRoom, path: string, body?: unknown) =>
  fetch(`/api/rooms/${room.code}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    cache: 'no-store',
    headers: {
      authorization: `Bearer ${room.hostToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export async function readRoomView(room: HostRoom): Promise<RoomView> {
  return viewSchema.parse(await json(await hostRequest(room, '')));
}

export async function setRoomState(
  room: HostRoom,
  state: RoomView['state'],
): Promise<RoomView | null> {
  const parsed = viewSchema.safeParse(await json(await hostRequest(room, '/state', { state })));
  return parsed.success ? parsed.data : null;
}

export async function removeParticipant(room: HostRoom, participant: string): Promise<void> {
  await json(await hostRequest(room, '/remove', { participant }));
}
