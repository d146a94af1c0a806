import { expect, test } from './fixtures';
import { roomServerPort } from './support/browser';
import { reloadApp } from './support/reload';

/*
 * `npm start` serves Rotta from the room server. The app must work from there exactly as from a
 * static host (its roadmaps then live in that address's own storage), and the server must answer
 * the rooms' API.
 */
const roomServer = `http://127.0.0.1:${roomServerPort}`;

test.use({ baseURL: roomServer });

test('Rotta served by the room server opens the sample, keeps an edit through a reload, and deep-links', async ({
  library,
  roadmap,
  page,
}) => {
  await library.open();
  await library.sampleButton.click();
  await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  await roadmap.goToStage('Goals and timelines');
  await roadmap.writeNotes('Agreed in the room.');
  const stageUrl = page.url();
  await reloadApp(page);
  await expect(roadmap.notes).toHaveValue('Agreed in the room.');
  // A stage's address opens on its own: the server answers it with the app.
  const fresh = await page.context().newPage();
  await fresh.goto(stageUrl);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Goals and timelines' })).toBeVisible();
});

test('the room server opens rooms for this laptop and refuses a wrong code', async ({
  request,
}) => {
  expect(await (await request.get(`${roomServer}/api/health`)).json()).toEqual({ ok: true });
  const created = await request.post(`${roomServer}/api/rooms`);
  expect(created.status()).toBe(201);
  const { code } = (await created.json()) as { code: string };
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}$/);
  const joined = await request.post(`${roomServer}/api/rooms/${code}/join`, {
    data: { nickname: 'Anna' },
  });
  expect(joined.status()).toBe(200);
  const wrong = await request.post(`${roomServer}/api/rooms/ZZZZ9/join`, {
    data: { nickname: 'Anna' },
  });
  expect(wrong.status()).toBe(404);
});
