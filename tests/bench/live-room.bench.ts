import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { devices, expect, test, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { makeRoadmapFile } from '../../src/test/generators';
import { LibraryPage } from '../e2e/pages/library-page';
import { TestRoomServer } from '../e2e/support/room-server';
import { record } from './report';

/*
 * The live room: how long a phone's score takes to show on the laptop, and how long a whole room
 * answering at once takes to arrive. The laptop is Chromium on the room server's loopback
 * address; the latency phone is Chromium on a mobile viewport over plain http; the thirty phones
 * of the burst are Yjs clients in this process, so the browser's own work is the laptop's alone.
 */
let server: TestRoomServer;

test.beforeEach(async ({ browserName: _browser }, testInfo) => {
  server = await TestRoomServer.start(testInfo.workerIndex);
});
test.afterEach(async () => {
  await server.stop();
});

/** The laptop with a roadmap of `competitors` competitors open on stage 1, its room open and revealed. */
async function laptopWithRoom(page: Page, competitors: number) {
  await page.goto(server.laptopUrl);
  const file = makeRoadmapFile(1, { competitors, assessors: 1 });
  await new LibraryPage(page).importFile({
    name: 'room.rotta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('link', { name: file.roadmap.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();
  await page.getByRole('button', { name: 'Open live room' }).click();
  const link = await page.getByRole('img', { name: /^QR code/ }).getAttribute('data-url');
  await page.getByRole('button', { name: 'Reveal results' }).click();
  const code = /\/join\/([A-Z2-9]{5})/.exec(link ?? '')?.[1] ?? '';
  return { link: link ?? '', code };
}

/** When the laptop first shows `count` room scores, by the clock every page here shares. */
async function shownAt(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const text = document.querySelector('.live-room-tally')?.textContent ?? '';
      return text.startsWith(`${expected} score`) && Date.now();
    },
    count,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
};

test('a score from a phone reaches the laptop', async ({ page, browser }) => {
  const { link } = await laptopWithRoom(page, 4);
  const samples: number[] = [];
  for (const name of ['Anna', 'Luca']) {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const phone = await context.newPage();
    await phone.goto(link);
    await phone.getByLabel('Your name').fill(name);
    await phone.getByRole('button', { name: 'Join' }).click();
    await expect(phone.getByRole('status').filter({ hasText: /^Connected$/ })).toBeVisible();
    const radios = phone.getByRole('radio', { name: /: 4 out of 5$/ });
    // "Connected" can show a moment before the room's subjects have drawn: count once they have.
    await expect(radios.first()).toBeVisible();
    for (let index = 0; index < (await radios.count()); index += 1) {
      // The moment the phone takes the answer, by its own clock.
      await phone.evaluate(() =>
        document.addEventListener(
          'change',
          () => ((window as unknown as { changedAt: number }).changedAt = Date.now()),
          { capture: true, once: true },
        ),
      );
      await radios.nth(index).check();
      const seen = await shownAt(page, samples.length + 1);
      const changedAt = await phone.evaluate(
        () => (window as unknown as { changedAt: number }).changedAt,
      );
      samples.push(seen - changedAt);
    }
    await context.close();
  }
  record({
    name: `live room: phone score to laptop screen, median of ${samples.length}`,
    milliseconds: percentile(samples, 0.5),
    budget: 100,
  });
  record({
    name: `live room: phone score to laptop screen, 95th percentile of ${samples.length}`,
    milliseconds: percentile(samples, 0.95),
    budget: 250,
  });
});

test('thirty phones give twelve scores each at once', async ({ page }) => {
  // Five competitors and the own company, on two themes: twelve scores a person.
  const { code } = await laptopWithRoom(page, 5);
  const phones = 30;
  const socket = new HocuspocusProviderWebsocket({
    url: `${server.laptopUrl.replace('http', 'ws')}/rooms`,
    WebSocketPolyfill: WebSocket,
  });
  const providers: HocuspocusProvider[] = [];
  const docs: Y.Doc[] = [];
  for (let index = 0; index < phones; index += 1) {
    const joined = (await (
      await fetch(`${server.laptopUrl}/api/rooms/${code}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nickname: `Phone ${index + 1}` }),
      })
    ).json()) as { participant: string; token: string };
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: `room.${code}.p.${joined.participant}`,
      document: doc,
      token: joined.token,
    });
    provider.attach();
    providers.push(provider);
    docs.push(doc);
  }
  await expect(page.getByText(`${phones} people joined`, { exact: false })).toBeVisible();
  // What the room is asked, as the phones read it from the room's document.
  const roomDoc = new Y.Doc();
  const hostless = new HocuspocusProvider({
    websocketProvider: socket,
    name: `room.${code}`,
    document: roomDoc,
    token: providers[0]!.configuration.token as string,
  });
  hostless.attach();
  await expect
    .poll(() => (roomDoc.getMap('room').get('setup') as { subjects?: unknown[] })?.subjects?.length)
    .toBe(6);
  const setup = roomDoc.getMap('room').get('setup') as {
    subjects: { id: string }[];
    themes: { id: string }[];
  };
  const started = Date.now();
  // Each score its own update, as a tap on a phone sends it: 360 updates in one burst.
  docs.forEach((doc, index) => {
    for (const subject of setup.subjects)
      for (const theme of setup.themes)
        doc.getMap('answers').set(`score:${subject.id}|${theme.id}`, ((index + 1) % 5) + 1);
  });
  const seen = await shownAt(page, phones * 12);
  record({
    name: `live room: ${phones} phones x 12 scores arrive on the laptop`,
    milliseconds: seen - started,
    budget: 3000,
  });
  for (const provider of [...providers, hostless]) provider.destroy();
  socket.destroy();
});
