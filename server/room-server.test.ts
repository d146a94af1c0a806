import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRoomServer, type RoomServer } from './room-server.ts';
import { connectDocument, until } from './test-clients.ts';

let dataDirectory: string;
let server: RoomServer;
const open: { destroy: () => void }[] = [];

const start = () => startRoomServer({ port: 0, host: '127.0.0.1', dataDirectory });

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'rotta-rooms-'));
  server = await start();
});

afterEach(async () => {
  for (const provider of open.splice(0)) provider.destroy();
  await server.close();
  await rm(dataDirectory, { recursive: true, force: true });
});

async function post(path: string, body: unknown, token?: string) {
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

const connect = (name: string, token: string) => connectDocument(server.url, name, token, open);

async function openRoom() {
  const created = await post('/api/rooms', {});
  expect(created.status).toBe(201);
  return { code: created.body.code!, hostToken: created.body.hostToken! };
}

describe('the room server', () => {
  it('opens a room with a code from the unambiguous alphabet and lets a phone join it', async () => {
    const { code } = await openRoom();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}$/);
    const joined = await post(`/api/rooms/${code.toLowerCase()}/join`, { nickname: '  Anna  ' });
    expect(joined.status).toBe(200);
    expect(joined.body.nickname).toBe('Anna');
    expect(await post('/api/rooms/ZZZZZ/join', { nickname: 'Anna' })).toEqual({
      status: 404,
      body: { error: 'unknown' },
    });
    expect((await post(`/api/rooms/${code}/join`, { nickname: '\u0007' })).body.error).toBe(
      'nickname',
    );
  });

  it('gives a second phone with the same name its own name, so nobody’s scores merge', async () => {
    const { code } = await openRoom();
    const first = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    const second = (await post(`/api/rooms/${code}/join`, { nickname: 'anna' })).body;
    const third = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    expect([first.nickname, second.nickname, third.nickname]).toEqual(['Anna', 'anna 2', 'Anna 3']);
    expect(new Set([first.participant, second.participant, third.participant]).size).toBe(3);
    // The same phone coming back keeps its name and place.
    const again = (await post(`/api/rooms/${code}/join`, { token: second.token })).body;
    expect([again.participant, again.nickname]).toEqual([second.participant, 'anna 2']);
  });

  it('carries a phone’s score to the laptop, and lets a phone write only its own document', async () => {
    const { code, hostToken } = await openRoom();
    const anna = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    const luca = (await post(`/api/rooms/${code}/join`, { nickname: 'Luca' })).body;
    const annaDocument = `room.${code}.p.${anna.participant}`;

    const phone = await connect(annaDocument, anna.token!);
    const laptop = await connect(annaDocument, hostToken);
    phone.doc.getMap('scores').set('s1:digital', 4);
    await until(() => laptop.doc.getMap('scores').get('s1:digital') === 4);

    // The laptop reads a phone's document but cannot change it.
    laptop.doc.getMap('scores').set('s1:digital', 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(phone.doc.getMap('scores').get('s1:digital')).toBe(4);

    await expect(connect(annaDocument, luca.token!)).rejects.toThrow();
    await expect(connect(`room.${code}`, 'forged.token')).rejects.toThrow();
  });

  it('lets only the laptop write the room’s document', async () => {
    const { code, hostToken } = await openRoom();
    const anna = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    const laptop = await connect(`room.${code}`, hostToken);
    const phone = await connect(`room.${code}`, anna.token!);
    laptop.doc.getMap('room').set('phase', 'scoring');
    await until(() => phone.doc.getMap('room').get('phase') === 'scoring');
    phone.doc.getMap('room').set('phase', 'revealed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(laptop.doc.getMap('room').get('phase')).toBe('scoring');
  });

  it('keeps rooms, participants and scores through a restart, and rejoins a phone as itself', async () => {
    const { code, hostToken } = await openRoom();
    const anna = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    const phone = await connect(`room.${code}.p.${anna.participant}`, anna.token!);
    phone.doc.getMap('scores').set('s1:culture', 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const provider of open.splice(0)) provider.destroy();
    await server.close();

    server = await start();
    const again = (await post(`/api/rooms/${code}/join`, { token: anna.token })).body;
    expect(again.participant).toBe(anna.participant);
    const laptop = await connect(`room.${code}.p.${anna.participant}`, hostToken);
    expect(laptop.doc.getMap('scores').get('s1:culture')).toBe(5);
  });

  it('refuses new phones in a locked or closed room, and a removed phone for good', async () => {
    const { code, hostToken } = await openRoom();
    const anna = (await post(`/api/rooms/${code}/join`, { nickname: 'Anna' })).body;
    expect((await post(`/api/rooms/${code}/state`, { state: 'locked' })).status).toBe(403);
    expect((await post(`/api/rooms/${code}/state`, { state: 'locked' }, hostToken)).status).toBe(
      200,
    );
    expect((await post(`/api/rooms/${code}/join`, { nickname: 'Luca' })).body.error).toBe('locked');
    // Anna was in before the lock: her phone rejoins.
    expect((await post(`/api/rooms/${code}/join`, { token: anna.token })).status).toBe(200);
    await post(`/api/rooms/${code}/remove`, { participant: anna.participant }, hostToken);
    expect((await post(`/api/rooms/${code}/join`, { token: anna.token })).body.error).toBe(
      'removed',
    );
    await post(`/api/rooms/${code}/state`, { state: 'closed' }, hostToken);
    expect((await post(`/api/rooms/${code}/join`, { nickname: 'Mia' })).body.error).toBe('closed');
  });

  it('limits how fast one address joins', async () => {
    await server.close();
    server = await startRoomServer({
      port: 0,
      host: '127.0.0.1',
      dataDirectory,
      joinsPerMinute: 3,
    });
    const { code } = await openRoom();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await post(`/api/rooms/${code}/join`, { nickname: `P${attempt}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('serves the built app, its page for every app path, and nothing outside it', async () => {
    await server.close();
    const app = join(dataDirectory, 'app');
    await mkdir(join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html><title>Rotta</title>');
    await writeFile(join(app, 'assets', 'main-abc123.js'), 'console.log(1)');
    await writeFile(join(dataDirectory, 'secret.txt'), 'not for phones');
    server = await startRoomServer({
      port: 0,
      host: '127.0.0.1',
      dataDirectory: join(dataDirectory, 'data'),
      staticDirectory: app,
    });
    const page = await fetch(`${server.url}/roadmaps/r1/goals`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Rotta</title>');
    // The page tells the app that a room server is behind it.
    expect(page.headers.get('set-cookie')).toMatch(
      /^rotta-room-server=1; Path=\/; SameSite=Strict/,
    );
    const asset = await fetch(`${server.url}/assets/main-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('set-cookie')).toBeNull();
    expect(await asset.text()).toBe('console.log(1)');
    const outside = await fetch(`${server.url}/..%2Fsecret.txt`);
    expect(await outside.text()).not.toContain('not for phones');
  });
});
