import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus } from '@hocuspocus/server';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { JoinRateLimit } from './rate-limit.ts';
import { normalizeRoomCode } from './room-codes.ts';
import { RoomStore, type Room } from './rooms.ts';
import { serveStatic } from './static-files.ts';
import { signToken, verifyToken } from './tokens.ts';

export interface RoomServerOptions {
  port: number;
  host: string;
  /** The built app (`dist/`); without it the server hosts rooms only. */
  staticDirectory?: string;
  /** Rooms, their documents and the server's secret live here, so a restart keeps them. */
  dataDirectory: string;
  /** Joins one address may make a minute. */
  joinsPerMinute?: number;
  /**
   * Where phones reach this server (`http://192.168.1.20:4330`, or a relay's https address): the
   * join link and QR code the laptop shows. Without it, the address the laptop itself used.
   */
  joinOrigin?: string;
  /**
   * A Redis that several instances of this server share (with one data directory): each
   * document's updates then reach the connections on every instance. A host and port, or the
   * path of a unix socket.
   */
  redis?: { host?: string; port?: number; path?: string };
}

export interface RoomServer {
  url: string;
  close: () => Promise<void>;
}

/** `room.ABCDE` is a room's own document; `room.ABCDE.p.<id>` one participant's. */
const documentNamePattern = /^room\.([A-Z2-9]{5})(?:\.p\.([\w-]{1,40}))?$/;

const joinBodySchema = z.strictObject({
  nickname: z.string().max(200).optional(),
  token: z.string().max(2000).optional(),
});
const stateBodySchema = z.strictObject({ state: z.enum(['open', 'locked', 'closed']) });
const removeBodySchema = z.strictObject({ participant: z.string().min(1).max(40) });

/** Only the laptop the server runs on opens rooms: requests from its own loopback address. */
function isLoopback(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** A small JSON body, or null when it is too large or not JSON. */
async function readJson(request: IncomingMessage, limit = 8 * 1024): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return null;
  }
}

async function loadSecret(directory: string): Promise<Buffer> {
  const file = join(directory, 'server-secret');
  try {
    const secret = await readFile(file);
    if (secret.length >= 32) return secret;
  } catch {
    // First start: make one.
  }
  const secret = randomBytes(32);
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** What the laptop sees of a room: who joined, never their tokens. */
function roomView(room: Room) {
  return {
    code: room.code,
    state: room.state,
    participants: room.participants
      .filter((participant) => !participant.removed)
      .map(({ id, nickname, joinedAt }) => ({ id, nickname, joinedAt })),
  };
}

/**
 * The room server: the built app over HTTP, a small JSON API to open, join and run rooms, and
 * the rooms' Yjs documents over WebSocket through Hocuspocus. Every connection is authenticated
 * with a token this server signed; a participant writes only their own document.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  await mkdir(join(options.dataDirectory, 'documents'), { recursive: true });
  const secret = await loadSecret(options.dataDirectory);
  const rooms = await RoomStore.open(join(options.dataDirectory, 'rooms'));
  const joins = new JoinRateLimit(options.joinsPerMinute ?? 30);
  const documentFile = (name: string) => join(options.dataDirectory, 'documents', `${name}.bin`);

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 200,
    maxDebounce: 1000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          try {
            return new Uint8Array(await readFile(documentFile(documentName)));
          } catch {
            return null;
          }
        },
        store: async ({ documentName, state }) => {
          const file = documentFile(documentName);
          const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
          await writeFile(temporary, state);
          await rename(temporary, file);
        },
      }),
      ...(options.redis
        ? [
            new Redis({
              host: options.redis.host ?? '127.0.0.1',
              port: options.redis.port ?? 6379,
              options: options.redis.path ? { path: options.redis.path } : {},
            }),
          ]
        : []),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const match = documentNamePattern.exec(documentName);
      const claim = verifyToken(secret, token);
      if (!match || !claim) throw new Error('Not allowed');
      const [, code, participantId] = match;
      const room = await rooms.get(code ?? '');
      if (!room || claim.room !== room.code) throw new Error('Not allowed');
      if (claim.role === 'host') {
        // The laptop writes the room's document and reads every participant's.
        connectionConfig.readOnly = participantId !== undefined;
        return { role: 'host' };
      }
      const participant = room.participants.find((person) => person.id === claim.participant);
      if (!participant || participant.removed || room.state === 'closed')
        throw new Error('Not allowed');
      if (participantId === undefined) {
        connectionConfig.readOnly = true;
        return { role: 'participant' };
      }
      if (participantId !== participant.id) throw new Error('Not allowed');
      return { role: 'participant' };
    },
  });

  const hostRoom = async (request: IncomingMessage, code: string): Promise<Room | undefined> => {
    const header = request.headers.authorization ?? '';
    const claim = verifyToken(secret, header.replace(/^Bearer /, ''));
    const room = await rooms.get(code);
    return claim?.role === 'host' && room && claim.room === room.code ? room : undefined;
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (path === '/api/health') return sendJson(response, 200, { ok: true });
    if (path === '/api/info') {
      return sendJson(response, 200, {
        joinOrigin: options.joinOrigin ?? `http://${request.headers.host ?? 'localhost'}`,
      });
    }
    if (path === '/api/rooms' && request.method === 'POST') {
      if (!isLoopback(request)) return sendJson(response, 403, { error: 'not-the-host' });
      const room = await rooms.create();
      return sendJson(response, 201, {
        code: room.code,
        hostToken: signToken(secret, { role: 'host', room: room.code }),
      });
    }
    const match = /^\/api\/rooms\/([^/]+)(?:\/(join|state|remove))?$/.exec(path);
    if (!match) return sendJson(response, 404, { error: 'not-found' });
    const code = normalizeRoomCode(decodeURIComponent(match[1] ?? ''));
    const action = match[2];
    if (action === 'join' && request.method === 'POST') {
      if (!joins.allow(request.socket.remoteAddress ?? '')) {
        return sendJson(response, 429, { error: 'too-many-joins' });
      }
      const body = joinBodySchema.safeParse(await readJson(request));
      if (!body.success) return sendJson(response, 400, { error: 'bad-request' });
      const returning = body.data.token ? verifyToken(secret, body.data.token) : null;
      const result = await rooms.join(
        code,
        body.data.nickname,
        returning?.role === 'participant' && returning.room === code
          ? returning.participant
          : undefined,
      );
      if (!result.ok)
        return sendJson(response, result.refusal === 'unknown' ? 404 : 409, {
          error: result.refusal,
        });
      // The laptop learns at once that someone joined (it also asks every second, as a fallback).
      hocuspocus.documents.get(`room.${code}`)?.broadcastStateless('participants');
      return sendJson(response, 200, {
        code,
        participant: result.participant.id,
        nickname: result.participant.nickname,
        token: signToken(secret, {
          role: 'participant',
          room: code,
          participant: result.participant.id,
        }),
      });
    }
    const room = await hostRoom(request, code);
    if (!room) return sendJson(response, 403, { error: 'not-the-host' });
    if (!action && request.method === 'GET') return sendJson(response, 200, roomView(room));
    if (action === 'state' && request.method === 'POST') {
      const body = stateBodySchema.safeParse(await readJson(request));
      if (!body.success) return sendJson(response, 400, { error: 'bad-request' });
      const next = await rooms.setState(code, body.data.state);
      return sendJson(response, 200, next ? roomView(next) : {});
    }
    if (action === 'remove' && request.method === 'POST') {
      const body = removeBodySchema.safeParse(await readJson(request));
      if (!body.success) return sendJson(response, 400, { error: 'bad-request' });
      const next = await rooms.remove(code, body.data.participant);
      // A removed phone is cut off at once, not at its next reconnect.
      hocuspocus.closeConnections(`room.${code}.p.${body.data.participant}`);
      return sendJson(response, 200, next ? roomView(next) : {});
    }
    return sendJson(response, 405, { error: 'method' });
  };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handled = path.startsWith('/api/')
      ? handleApi(request, response, path)
      : serveStatic(options.staticDirectory, path, request, response);
    handled.catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'server' });
      else response.destroy();
    });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/rooms') return socket.destroy();
    sockets.handleUpgrade(request, socket, head, (websocket) =>
      hocuspocus.handleConnection(websocket, request),
    );
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${address.port}`,
    close: async () => {
      // Closing every connection unloads the documents, which stores them; wait for that.
      hocuspocus.closeConnections();
      for (let waited = 0; hocuspocus.getDocumentsCount() > 0 && waited < 3000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      // Lets the extensions go, the Redis one its connections.
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle HTTP connections open; they must not hold the server up.
      server.closeAllConnections();
      await closed;
    },
  };
}
