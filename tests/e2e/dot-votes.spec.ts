import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeRoadmapFile } from '../../src/test/generators';
import { axeResults } from './support/axe';
import { readDownloadedJson } from './support/roadmap-files';
import { reloadApp, reloadWhenSaved } from './support/reload';

/** The bars of a dot-vote, top to bottom. */
const bars = (page: Page) =>
  page.getByRole('list', { name: 'Dots per option, most first' }).getByRole('listitem');

test.describe('dot-votes at 1280x720', () => {
  test('the room’s dots on the goals are counted by keyboard, survive a reload, undo, export and import', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    const file = makeRoadmapFile(31, { goals: 3 });
    await library.importFile({
      name: 'votes.rotta.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await library.roadmapLink(file.roadmap.name).click();
    await roadmap.goToStage('Goals and timelines');
    const vote = page.getByRole('region', { name: 'Dot-vote: which goals matter most?' });
    await expect(vote.getByText(/No dots yet. Give everyone 3 dots/)).toBeVisible();

    // The facilitator counts the wall: focus the tally, then one key per dot.
    await vote.getByRole('button', { name: 'Add a dot to Goal 2' }).focus();
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    await page.keyboard.press('3');
    await page.keyboard.press('2');
    await page.keyboard.press('1');
    await page.keyboard.press('Shift+1');
    await expect(vote.getByRole('status', { name: 'The room’s dots on Goal 2' })).toHaveText('3');
    await expect(vote.getByText('4 dots counted in the room')).toBeVisible();
    await expect(bars(page)).toHaveText(['1Goal 23 dots', '2Goal 31 dot', '3Goal 10 dots']);

    // One person's dots, typed as they are read out.
    await vote.getByLabel('Name').fill('Anna');
    await vote.getByLabel('Dots on Goal 1', { exact: true }).fill('2');
    await vote.getByLabel('Dots on Goal 3', { exact: true }).fill('1');
    await vote.getByLabel('Dots on Goal 3', { exact: true }).press('Enter');
    await expect(vote.getByText('Anna: 3 dots')).toBeVisible();
    await expect(vote.getByText('7 dots from 1 person and the room’s count')).toBeVisible();

    await reloadWhenSaved(page);
    await expect(bars(page)).toHaveText(['1Goal 23 dots', '2Goal 12 dots', '2Goal 32 dots']);
    // With votes in, the recording tools are folded away; the result stays.
    await expect(vote.getByLabel('Name')).toBeHidden();
    // Undo takes back Anna's dots as one step, and the journal survived the reload.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(vote.getByText('4 dots counted in the room')).toBeVisible();
    await page.getByRole('button', { name: /^Redo/ }).click();
    await expect(vote.getByText('7 dots from 1 person and the room’s count')).toBeVisible();
    await vote.getByText('Record the votes').click();
    await expect(vote.getByText('Anna: 3 dots')).toBeVisible();

    const download = await library.download(roadmap.exportButton);
    const exported = (await readDownloadedJson(download)) as {
      rows: { goalVotes: { voter: string; dots: number }[] };
    };
    expect(
      exported.rows.goalVotes.map((row) => `${row.voter || 'room'}:${row.dots}`).sort(),
    ).toEqual(['Anna:1', 'Anna:2', 'room:1', 'room:3']);

    // The file alone brings them back: the roadmap is deleted, then imported from its export.
    await library.open();
    await library.delete(file.roadmap.name);
    await library.importFile({
      name: 'exported.rotta.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect(library.toast(`Imported “${file.roadmap.name}”.`)).toBeVisible();
    await library.roadmapLink(file.roadmap.name).click();
    await roadmap.goToStage('Goals and timelines');
    await expect(page.getByText('7 dots from 1 person and the room’s count')).toBeVisible();

    // The map says what the room chose.
    await roadmap.goToStage('Strategy map');
    await expect(page.getByText('● 3 dots').first()).toBeAttached();
  });

  test('the sample’s channel vote is shown large when presenting, covered until revealed, and axe-clean', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Channels');
    const vote = page.getByRole('region', { name: 'Dot-vote: which channels come first?' });
    await expect(vote.getByText('9 dots from 3 people')).toBeVisible();
    await expect(bars(page)).toHaveText([
      '1Live chat4 dots',
      '2Messaging apps3 dots',
      '3Knowledge base2 dots',
      '4Video chat0 dots',
    ]);
    await vote.getByText('Record the votes').click();
    expect((await axeResults(page, '.workshop-dots')).violations).toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('p');
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await expect(bar).toBeVisible();
    await expect(
      vote.getByRole('heading', { name: 'Dot-vote: which channels come first?' }),
    ).toBeVisible();
    const results = vote.getByRole('list', { name: 'Dots per option, most first' });
    await expect(results.getByText('Live chat')).toBeHidden();
    await bar.getByRole('button', { name: 'Reveal results' }).click();
    await expect(results.getByText('Live chat')).toBeVisible();
    await expect(vote.getByText('Record the votes')).toBeHidden();
    const size = await results
      .getByText('Live chat')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
  });

  test('in Italian, the vote speaks Italian and the tally takes the keys', async ({
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Goals and timelines');
    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    await expect(roadmap.stageHeading('Obiettivi e tempistiche')).toBeVisible();
    const vote = page.getByRole('region', {
      name: 'Votazione a bollini: quali obiettivi contano di più?',
    });
    await expect(vote.getByText('9 bollini da 3 persone')).toBeVisible();
    await vote.getByText('Registra i voti').click();
    await vote
      .getByRole('button', { name: /^Un bollino in più per/ })
      .first()
      .focus();
    await page.keyboard.press('1');
    await expect(vote.getByText('10 bollini da 3 persone e dal conteggio in sala')).toBeVisible();
    await expect(vote.getByText('Giulia: 3 bollini')).toBeVisible();
  });

  test('dots counted right before a reload or a closed tab are kept, and counted once', async ({
    context,
    library,
    roadmap,
    page,
  }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Goals and timelines');
    const vote = (on: Page) =>
      on.getByRole('region', { name: 'Dot-vote: which goals matter most?' });
    await expect(vote(page).getByText('9 dots from 3 people')).toBeVisible();
    await vote(page).getByText('Record the votes').click();
    const add = vote(page)
      .getByRole('button', { name: /^Add a dot to/ })
      .first();
    await add.focus();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await reloadApp(page);
    await expect(vote(page).getByText('11 dots from 3 people and the room’s count')).toBeVisible();

    const url = page.url();
    await vote(page).getByText('Record the votes').click();
    await vote(page)
      .getByRole('button', { name: /^Add a dot to/ })
      .first()
      .click();
    await page.close();
    const next = await context.newPage();
    await next.goto(url);
    await expect(vote(next).getByText('12 dots from 3 people and the room’s count')).toBeVisible();
    // Replayed once: the count stays where it was left.
    await reloadApp(next);
    await expect(vote(next).getByText('12 dots from 3 people and the room’s count')).toBeVisible();
  });
});
