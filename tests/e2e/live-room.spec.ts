import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeResults } from './support/axe';
import { readDownloadedJson } from './support/roadmap-files';
import { TestRoomServer } from './support/room-server';
import { reloadApp } from './support/reload';

/*
 * The live room: one laptop context (the consultant, on the room server's loopback address) and
 * several phone contexts (a mobile viewport, reaching the server by name over plain http, so not
 * a secure context). Each test runs its own room server, which it may kill and start again.
 */
let server: TestRoomServer;

test.beforeEach(async ({ browserName: _browser }, testInfo) => {
  server = await TestRoomServer.start(testInfo.workerIndex);
});
test.afterEach(async () => {
  await server.stop();
});

async function openSampleStage(page: Page, stage: string | null) {
  await page.goto(server.laptopUrl);
  await page
    .getByRole('button', { name: /sample/i })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();
  if (stage) {
    await page
      .getByRole('navigation', { name: 'Stages', exact: true })
      .getByRole('link', { name: new RegExp(stage) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: stage })).toBeVisible();
  }
}

/** The room the laptop opened: its code, and the link its QR code carries. */
async function openRoom(page: Page) {
  await page.getByRole('button', { name: 'Open live room' }).click();
  const qr = page.getByRole('img', { name: /^QR code that opens / });
  await expect(qr).toBeVisible();
  const link = (await qr.getAttribute('data-url')) ?? '';
  const code = /\/join\/([A-Z2-9]{5})\?/.exec(link)?.[1] ?? '';
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}$/);
  return { code, link };
}

async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'en-GB' });
  return context.newPage();
}

async function join(phone: Page, name: string) {
  await phone.getByLabel('Your name').fill(name);
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByText(/^You are .+ in room [A-Z2-9]{5}$/)).toBeVisible();
}

/** A phone's score of a company on a theme, by the label the phone reads out. */
const score = (phone: Page, company: string, theme: string, value: number) =>
  phone
    .getByRole('listitem')
    .filter({ has: phone.getByRole('heading', { name: company, exact: true }) })
    .getByRole('radio', { name: `${theme}: ${value} out of 5` })
    .check();

test('phones join by the QR link and by code, score, and closing the room makes them assessors in one undo step', async ({
  page,
  browser,
}) => {
  await openSampleStage(page, null);
  const { code, link } = await openRoom(page);
  expect(link).toBe(`${server.phoneUrl}/join/${code}?lng=en`);
  await expect(page.getByText(`${server.phoneUrl}/join`)).toBeVisible();
  await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

  // Anna scans the QR code: only her name is left to type.
  const anna = await newPhone(browser);
  await anna.goto(link);
  expect(await anna.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(anna.getByLabel('Room code')).toHaveValue(code);
  await join(anna, 'Anna');
  // A second Anna types the code by hand, in lower case, with a space.
  const second = await newPhone(browser);
  await second.goto(`${server.phoneUrl}/join`);
  await second.getByLabel('Room code').fill('ZZZZ9');
  await second.getByLabel('Your name').fill('Anna');
  await second.getByRole('button', { name: 'Join' }).click();
  await expect(second.getByRole('alert')).toHaveText(
    'There is no room ZZZZ9. Check the code on the screen.',
  );
  await second.getByLabel('Room code').fill(`${code.slice(0, 2).toLowerCase()} ${code.slice(2)}`);
  await second.getByRole('button', { name: 'Join' }).click();
  await expect(second.getByText(`You are Anna 2 in room ${code}`)).toBeVisible();

  await expect(page.getByText('2 people joined · 0 finished')).toBeVisible();
  const people = page.getByRole('list', { name: 'People in the room' });
  await expect(people.getByRole('listitem')).toHaveText([/Anna/, /Anna 2/]);

  // The phones list the competitors first and the own company last.
  await expect(anna.getByRole('heading', { level: 2 }).last()).toContainText('Libeccio Air');
  await score(anna, 'Maestrale Airways', 'Digital channels', 2);
  await score(anna, 'Maestrale Airways', 'Service culture', 1);
  await score(second, 'Maestrale Airways', 'Digital channels', 1);
  await expect(anna.getByText('✓ Sent')).toHaveCount(2);
  await anna.getByRole('button', { name: 'I’m done' }).click();
  await expect(page.getByText('2 people joined · 1 finished')).toBeVisible();

  // Hidden until revealed: the results still show the roadmap's own assessors only.
  const digitalBest = page.getByRole('row', { name: /Best competitor/ });
  await expect(digitalBest).toContainText('4.7 · Maestrale Airways');
  await expect(
    page.getByText('The room’s answers are hidden until you reveal them.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(page.getByText('3 scores from the room are in the results.')).toBeVisible();
  await expect(digitalBest).not.toContainText('4.7 · Maestrale Airways');
  await expect(anna.getByText('The results are on the screen now.')).toBeVisible();

  const axe = await axeResults(anna);
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const laptopAxe = await axeResults(page, '[data-live-room]');
  expect(laptopAxe.violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole('button', { name: 'Close room' }).click();
  await expect(page.getByText('2 people from the room are now assessors.')).toBeVisible();
  await expect(anna.getByText('The room is closed. Thank you for taking part!')).toBeVisible();
  const annas = page.getByLabel('Scoring as').getByRole('option', { name: /^Anna( 2)?$/ });
  await expect(annas).toHaveText(['Anna', 'Anna 2']);

  // Kept through a reload, in the exported file, and undone as one step.
  await reloadApp(page);
  await expect(annas).toHaveText(['Anna', 'Anna 2']);
  await expect(page.getByRole('button', { name: 'Open live room' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export roadmap' }).click();
  const file = (await readDownloadedJson(await download)) as {
    rows: { assessors: { name: string; id: string }[]; scores: { assessorId: string }[] };
  };
  const kept = file.rows.assessors.filter((row) => row.name.startsWith('Anna'));
  expect(kept.map((row) => row.name).sort()).toEqual(['Anna', 'Anna 2']);
  expect(file.rows.scores.filter((row) => row.assessorId === kept[0]?.id).length).toBeGreaterThan(
    0,
  );
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAccessibleDescription(`Undo the answers of live room ${code} (Ctrl+Z)`);
  await undo.click();
  await expect(annas).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(annas).toHaveText(['Anna', 'Anna 2']);
});

test('a server killed mid-room and a phone offline lose nothing: answers wait on the phone and arrive', async ({
  page,
  browser,
}) => {
  await openSampleStage(page, null);
  const { link } = await openRoom(page);
  await page.getByRole('button', { name: 'Reveal results' }).click();
  const phone = await newPhone(browser);
  await phone.goto(link);
  await join(phone, 'Luca');
  await score(phone, 'Grecale Volo', 'Digital channels', 5);
  await expect(page.getByText('1 score from the room is in the results.')).toBeVisible();
  // The laptop can have the score before the phone hears back that it arrived: wait for both.
  await expect(phone.getByText('✓ Sent')).toHaveCount(1);

  await server.kill();
  await expect(phone.getByRole('status').filter({ hasText: /^Offline/ })).toBeVisible();
  await expect(page.getByText(/^Room server unreachable/)).toBeVisible();
  // Closing now would keep only what the laptop has read: it refuses and says why.
  await page.getByRole('button', { name: 'Close room' }).click();
  await expect(page.getByRole('alert')).toContainText('The room server cannot be reached');
  // Scored while the server is away; the phone then locks and its tab is closed.
  await score(phone, 'Grecale Volo', 'Service culture', 4);
  await expect(phone.getByText('Saved on this phone, will send')).toBeVisible();
  const phoneContext = phone.context();
  await phone.close();

  await server.restart();
  // Opened again from the same link: the same person, and the kept score is sent.
  const back = await phoneContext.newPage();
  await back.goto(link);
  await expect(back.getByText('You are Luca in room', { exact: false })).toBeVisible();
  await expect(back.getByRole('status').filter({ hasText: /^Connected$/ })).toBeVisible();
  await expect(back.getByText('✓ Sent')).toHaveCount(2);
  await expect(page.getByText('2 scores from the room are in the results.')).toBeVisible({
    timeout: 10_000,
  });
  // The laptop reloads mid-room: back in the same room, with what arrived.
  await reloadApp(page);
  await expect(page.getByText('2 scores from the room are in the results.')).toBeVisible();
  await page.getByRole('button', { name: 'Close room' }).click();
  await expect(page.getByText('1 person from the room is now an assessor.')).toBeVisible();
  await page.getByLabel('Scoring as').selectOption({ label: 'Luca' });
  const grid = page.getByRole('grid', { name: 'Scores of Luca: subjects by theme' });
  await expect(
    grid.getByRole('gridcell', { name: 'Grecale Volo, Digital channels' }),
  ).toContainText('5');
  await expect(grid.getByRole('gridcell', { name: 'Grecale Volo, Service culture' })).toContainText(
    '4',
  );
});

test('a dot-vote from the phones respects the dots each person has and lands as voters', async ({
  page,
  browser,
}) => {
  await openSampleStage(page, 'Goals and timelines');
  const { code, link } = await openRoom(page);
  // A second tab of the laptop on the same stage is in the same room.
  const secondTab = await page.context().newPage();
  await secondTab.goto(page.url());
  await expect(secondTab.getByText(`Room code: ${code}`)).toBeVisible();
  const phone = await newPhone(browser);
  await phone.goto(link);
  await join(phone, 'Marta');
  await expect(phone.getByText('3 dots left to place')).toBeVisible();
  const add = phone.getByRole('button', { name: /^Add a dot to / });
  await add.first().click();
  await add.first().click();
  await add.nth(1).click();
  await expect(phone.getByText('All your dots are placed.')).toBeVisible();
  await expect(add.first()).toBeDisabled();
  await expect(phone.getByText('✓ Sent')).toHaveCount(2);

  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(page.getByText('3 dots from the room are in the results.')).toBeVisible();
  await page.getByRole('button', { name: 'Close room' }).click();
  await expect(page.getByText('The dots of 1 person from the room are in the vote.')).toBeVisible();
  // The other tab lets go of the closed room and offers a new one.
  await expect(secondTab.getByRole('button', { name: 'Open live room' })).toBeVisible();
  await expect(secondTab.getByText(`Room code: ${code}`)).toHaveCount(0);
  await reloadApp(page);
  await expect(page.getByText('12 dots from 4 people')).toBeVisible();
  await page.getByText('Record the votes').click();
  await expect(page.getByText('Marta: 3 dots')).toBeVisible();
});

test('served from a static host, Rotta offers no live room', async ({ page }) => {
  // The preview server is a static host: no room server behind it, and it is not even asked.
  const asked: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto('/');
  await page
    .getByRole('button', { name: /sample/i })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Starting point' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where we stand' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open live room' })).toHaveCount(0);
  await reloadApp(page);
  await expect(page.getByRole('heading', { name: 'Where we stand' })).toBeVisible();
  expect(asked).toEqual([]);
  expect(errors).toEqual([]);
});

test('in Italian, the facilitator locks the room and removes a participant', async ({
  browser,
}) => {
  const laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'it-IT',
  });
  const page = await laptop.newPage();
  await page.goto(server.laptopUrl);
  await page
    .getByRole('button', { name: /esempio/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Apri la stanza dal vivo' }).click();
  const link =
    (await page.getByRole('img', { name: /^Codice QR che apre / }).getAttribute('data-url')) ?? '';
  const code = /\/join\/([A-Z2-9]{5})\?lng=it$/.exec(link)?.[1] ?? '';
  expect(code).not.toBe('');

  // The link carries the laptop's language: the phone speaks Italian whatever its own.
  const phone = await newPhone(browser);
  await phone.goto(link);
  await phone.getByLabel('Il tuo nome').fill('Bruno');
  await phone.getByRole('button', { name: 'Entra' }).click();
  await expect(phone.getByText(`Sei Bruno nella stanza ${code}`)).toBeVisible();
  await expect(phone.getByText('0 di 10 valutati', { exact: false })).toBeVisible();
  await phone.getByRole('radio', { name: 'Canali digitali: 3 su 5' }).first().check();
  await expect(phone.getByText('✓ Inviato')).toBeVisible();
  await expect(page.getByText('1 persona è entrata · 0 hanno finito')).toBeVisible();

  await page.getByRole('button', { name: 'Blocca la stanza' }).click();
  await expect(page.getByText('Bloccata: rispondono solo le persone già entrate.')).toBeVisible();
  const late = await newPhone(browser);
  await late.goto(link);
  await late.getByLabel('Il tuo nome').fill('Carla');
  await late.getByRole('button', { name: 'Entra' }).click();
  await expect(late.getByRole('alert')).toHaveText(
    `La stanza ${code} è bloccata: chiedi al facilitatore di farti entrare.`,
  );
  // A reader who prefers English switches, and the same message reads in English.
  await late.getByRole('button', { name: 'English' }).click();
  await expect(late.getByRole('alert')).toHaveText(
    `Room ${code} is locked: ask the facilitator to let you in.`,
  );

  await page.getByRole('button', { name: 'Togli Bruno' }).click();
  await expect(page.getByText('Non è ancora entrato nessuno.')).toBeVisible();
  await expect(phone.getByRole('alert')).toHaveText(
    `Il facilitatore ti ha tolto dalla stanza ${code}.`,
  );
  await page.getByRole('button', { name: 'Sblocca la stanza' }).click();
  await page.getByRole('button', { name: 'Chiudi la stanza' }).click();
  await expect(page.getByText('Stanza chiusa. Nessuno aveva risposto.')).toBeVisible();
});
