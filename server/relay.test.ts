import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer } from './room-server.ts';
import { connectDocument, until } from './test-clients.ts';

/**
 * The hosted relay: two instances of the room server that share one data directory and one
 * Redis, as behind a load balancer. A phone on one instance and the laptop on the other are in
 * the same room and see each other's writes. The Redis is a real `redis-server` on a unix socket.
 */

let directory: string;
let redis: ChildProcess | undefined;
let instanceA: RoomServer | undefined;
let instanceB: RoomServer | undefined;
const open: { destroy: () => void }[] = [];

/** Starts `redis-server` on a unix socket in `directory` and waits until it accepts connections. */
async function startRedis(socket: string): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', directory],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Kept at once, so that afterAll stops it even when it never gets ready.
  redis = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      10_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server stopped (exit ${code}):\n${output}`));
    });
  });
}

beforeAll(async () => {
  if (spawnSync('redis-server', ['--version']).error)
    throw new Error(
      'redis-server is not installed, and the relay test needs it: run `npm run test:setup`.',
    );
  directory = await mkdtemp(join(tmpdir(), 'rotta-relay-'));
  const socket = join(directory, 'redis.sock');
  await startRedis(socket);
  const options = {
    port: 0,
    host: '127.0.0.1',
    dataDirectory: join(directory, 'data'),
    redis: { path: socket },
  };
  instanceA = await startRoomServer(options);
  instanceB = await startRoomServer(options);
}, 20_000);

afterAll(async () => {
  for (const provider of open.splice(0)) provider.destroy();
  await Promise.all([instanceA?.close(), instanceB?.close()]);
  if (redis && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis!.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
  }
  if (directory) await rm(directory, { recursive: true, force: true });
}, 20_000);

async function post(server: RoomServer, path: string, body: unknown, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** A room opened on instance A, from its loopback address, as the laptop does. */
const connect = (server: RoomServer, name: string, token: string) =>
  connectDocument(server.url, name, token, open);

async function openRoom() {
  const created = await post(instanceA!, '/api/rooms', {});
  expect(created.status).toBe(201);
  return { code: created.body.code!, hostToken: created.body.hostToken! };
}

describe('the room server as a relay of two instances', { timeout: 20_000 }, () => {
  it('carries a score from a phone on one instance to the laptop on the other', async () => {
    const { code, hostToken } = await openRoom();
    // The room was opened on A; B knows it from the shared data directory.
    const anna = await post(instanceB!, `/api/rooms/${code}/join`, { nickname: 'Anna' });
    expect(anna.status).toBe(200);
    const annaDocument = `room.${code}.p.${anna.body.participant}`;

    const laptop = await connect(instanceA!, annaDocument, hostToken);
    const phone = await connect(instanceB!, annaDocument, anna.body.token!);
    phone.doc.getMap('scores').set('s1:digital', 4);
    await until(() => laptop.doc.getMap('scores').get('s1:digital') === 4);

    // And the other way: the laptop moves the room on A, the phone on B follows.
    const laptopRoom = await connect(instanceA!, `room.${code}`, hostToken);
    const phoneRoom = await connect(instanceB!, `room.${code}`, anna.body.token!);
    laptopRoom.doc.getMap('room').set('phase', 'scoring');
    await until(() => phoneRoom.doc.getMap('room').get('phase') === 'scoring');

    // The laptop on A sees who joined on B.
    const view = await fetch(`${instanceA!.url}/api/rooms/${code}`, {
      headers: { authorization: `Bearer ${hostToken}` },
    });
    expect(((await view.json()) as { participants: { nickname: string }[] }).participants).toEqual([
      expect.objectContaining({ nickname: 'Anna' }),
    ]);
  });

  it('refuses on one instance what the laptop locked, removed or closed on the other', async () => {
    const { code, hostToken } = await openRoom();
    const anna = (await post(instanceB!, `/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    expect(
      (await post(instanceA!, `/api/rooms/${code}/state`, { state: 'locked' }, hostToken)).status,
    ).toBe(200);
    expect(
      (await post(instanceB!, `/api/rooms/${code}/join`, { nickname: 'Luca' })).body.error,
    ).toBe('locked');
    // Anna was in before the lock: her phone rejoins on B.
    expect((await post(instanceB!, `/api/rooms/${code}/join`, { token: anna.token })).status).toBe(
      200,
    );

    await post(
      instanceA!,
      `/api/rooms/${code}/remove`,
      { participant: anna.participant },
      hostToken,
    );
    expect(
      (await post(instanceB!, `/api/rooms/${code}/join`, { token: anna.token })).body.error,
    ).toBe('removed');
    await expect(
      connect(instanceB!, `room.${code}.p.${anna.participant}`, anna.token!),
    ).rejects.toThrow();

    await post(instanceA!, `/api/rooms/${code}/state`, { state: 'closed' }, hostToken);
    expect(
      (await post(instanceB!, `/api/rooms/${code}/join`, { nickname: 'Mia' })).body.error,
    ).toBe('closed');
  });

  it('keeps every phone that joins at the same moment on either instance', async () => {
    const { code, hostToken } = await openRoom();
    const joins = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post(index % 2 ? instanceB! : instanceA!, `/api/rooms/${code}/join`, { nickname: 'Anna' }),
      ),
    );
    expect(joins.map((join) => join.status)).toEqual(Array(12).fill(200));
    const view = await fetch(`${instanceB!.url}/api/rooms/${code}`, {
      headers: { authorization: `Bearer ${hostToken}` },
    });
    const { participants } = (await view.json()) as { participants: { nickname: string }[] };
    // Nobody was lost to another's write, and nobody shares a name.
    expect(participants).toHaveLength(12);
    expect(new Set(participants.map((participant) => participant.nickname)).size).toBe(12);
  });
});
