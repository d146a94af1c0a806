import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { StrategyMapPage } from './pages/strategy-map-page';
import { reloadApp } from './support/reload';

/** The computed font size, in px, of the first element the selector finds. */
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

/**
 * Every chart text in `region` (SVG text and legend items) as the room sees it: its size on
 * screen in px (the computed size times the SVG's scale), its box, and whether it stays inside
 * its drawing.
 */
const chartTexts = (region: Locator) =>
  region.evaluate((root) => {
    const svgs = root instanceof SVGSVGElement ? [root] : [...root.querySelectorAll('svg')];
    const texts = svgs.flatMap((svg) =>
      [...svg.querySelectorAll('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .map((text) => {
          const box = text.getBoundingClientRect();
          const frame = svg.getBoundingClientRect();
          const scale = svg.getScreenCTM()?.a ?? 1;
          return {
            text: text.textContent ?? '',
            px: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
            box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
            inside:
              box.left >= frame.left - 1 &&
              box.right <= frame.right + 1 &&
              box.top >= frame.top - 1 &&
              box.bottom <= frame.bottom + 1,
          };
        }),
    );
    const legends = [...root.querySelectorAll('.recharts-legend-item-text, .chart-legend li')].map(
      (item) => {
        const box = item.getBoundingClientRect();
        return {
          text: item.textContent ?? '',
          px: Number.parseFloat(getComputedStyle(item).fontSize),
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
          inside: true,
        };
      },
    );
    return [...texts, ...legends];
  });

type ChartText = Awaited<ReturnType<typeof chartTexts>>[number];

/** Pairs of texts whose boxes overlap by more than a pixel each way. */
function overlapping(texts: readonly ChartText[]): string[] {
  const found: string[] = [];
  texts.forEach((a, index) => {
    for (const b of texts.slice(index + 1)) {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}

/** The chart texts of a region are readable from the back: 18 px at least, apart, not cut. */
async function expectReadableCharts(region: Locator, name: string) {
  await expect
    .poll(async () => (await chartTexts(region)).length, { message: `${name} is drawn` })
    .toBeGreaterThan(4);
  const texts = await chartTexts(region);
  expect(
    texts.filter((text) => text.px < 18).map((text) => `${text.text} ${text.px}px`),
    `${name}: text under 18 px`,
  ).toEqual([]);
  expect(overlapping(texts), `${name}: texts on top of each other`).toEqual([]);
  expect(
    texts.filter((text) => !text.inside).map((text) => text.text),
    `${name}: texts cut at the chart's edge`,
  ).toEqual([]);
}

test.describe('presenting the sample roadmap at 1280x720', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('P opens it, the arrows and Page keys move through the stages, Escape leaves', async ({
    roadmap,
    page,
  }) => {
    await roadmap.goToStage('KPIs and monitoring');
    await page.keyboard.press('p');
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await expect(bar).toBeVisible();
    await expect(page).toHaveURL(/\/kpis\?present$/);
    // The result alone, large: the dashboard with its numbers, no editing, no app chrome.
    await expect(roadmap.stages).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Monitoring dashboard' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add KPI' })).toBeHidden();
    await expect(page.getByLabel('Workshop notes')).toBeHidden();
    expect(await fontSize(page, 'html')).toBeGreaterThanOrEqual(24);
    expect(await fontSize(page, '.kpi-card-value')).toBeGreaterThanOrEqual(64);
    await expect(page.getByRole('heading', { name: 'Calls to the call centre' })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(roadmap.stageHeading('Customer journey')).toBeVisible();
    await expect(page).toHaveURL(/\/journey\?present$/);
    // The journey's phases and what the customer does there read as text, not as empty fields.
    const journey = page.getByRole('region', { name: 'Journey map' });
    await expect(journey.getByText('Booking', { exact: true })).toBeVisible();
    await expect(journey.getByText(/^Chooses the flight, seats and baggage/)).toBeVisible();
    await expect(journey.getByRole('textbox')).toHaveCount(0);
    // Moving or deleting a phase, and how to edit the map, are not for the room.
    await expect(journey.getByRole('button', { name: /Booking/ })).toHaveCount(0);
    await expect(journey.getByText(/^Edit any cell/)).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(roadmap.stageHeading('Training')).toBeVisible();
    expect(await fontSize(page, '.big-number')).toBeGreaterThanOrEqual(64);
    await page.keyboard.press('PageDown');
    await expect(roadmap.stageHeading('Go live')).toBeVisible();
    // What the team wrote about the launch and the checklist is read to the room as text.
    await expect(page.getByText(/^Launch before the summer peak/)).toBeVisible();
    await expect(page.getByText('Guide v1 approved by marketing and service.')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Answer' })).toHaveCount(0);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(roadmap.stageHeading('KPIs and monitoring')).toBeVisible();
    // A reload keeps presenting.
    await reloadApp(page);
    await expect(bar).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(bar).toBeHidden();
    await expect(roadmap.stages).toBeVisible();
    await expect(page).toHaveURL(/\/kpis$/);
    await expect(page.getByLabel('Workshop notes')).toBeVisible();
  });

  test('the Present button opens it; the room’s scores stay covered until revealed', async ({
    page,
    roadmap,
  }) => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await expect(bar).toBeVisible();
    const chart = page.getByRole('figure', {
      name: 'Positioning: digital competence vs service culture',
    });
    await expect(chart).toBeHidden();
    await bar.getByRole('button', { name: 'Reveal results' }).click();
    await expect(bar.getByRole('button', { name: 'Reveal results' })).toHaveCount(0);
    await expect(chart).toBeVisible();

    await bar.getByRole('link', { name: 'Next stage' }).click();
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Timeline', exact: true })).toBeVisible();
    await bar.getByRole('button', { name: 'Stop presenting' }).click();
    await expect(roadmap.stages).toBeVisible();
  });

  test('chart ticks, axis names and legends are large enough for the room and never overlap', async ({
    page,
    roadmap,
  }) => {
    await page.keyboard.press('p');
    const bar = page.getByRole('toolbar', { name: 'Presenting' });
    await bar.getByRole('button', { name: 'Reveal results' }).click();
    await expectReadableCharts(
      page.getByRole('figure', { name: 'Positioning: digital competence vs service culture' }),
      'positioning',
    );
    await expectReadableCharts(page.getByRole('figure', { name: 'Scores by theme' }), 'themes');

    await page.keyboard.press('ArrowRight');
    await expect(roadmap.stageHeading('Goals and timelines')).toBeVisible();
    await expectReadableCharts(page.getByRole('img', { name: 'Timeline' }), 'goal timeline');

    await page.keyboard.press('ArrowRight');
    await expect(roadmap.stageHeading('Channels')).toBeVisible();
    const evidence = page.getByRole('region', { name: 'Initial idea and evidence' });
    await evidence
      .getByRole('heading', { name: 'Initial idea against the evidence' })
      .scrollIntoViewIfNeeded();
    await expectReadableCharts(evidence, 'idea against evidence');
    const savings = page.getByRole('region', { name: 'Savings calculator' });
    await savings.scrollIntoViewIfNeeded();
    await expectReadableCharts(savings, 'savings');
    // Each channel is named on the chart's axis: none is dropped for want of room. A long name
    // wraps onto two lines, so spaces are left out of the comparison.
    const axis = (await chartTexts(savings.locator('.savings-chart')))
      .map((text) => text.text.replace(/\s/g, ''))
      .join('|');
    for (const channel of [
      'Phone / call centre',
      'Email / web form',
      'Social networks',
      'FAQ / help centre',
      'Live chat',
      'Knowledge base',
    ])
      expect(axis, `${channel} on the savings chart`).toContain(channel.replace(/\s/g, ''));
  });

  test('the savings calculator shows its whole table, and nothing of its editing', async ({
    page,
    roadmap,
  }) => {
    await roadmap.goToStage('Channels');
    await page.keyboard.press('p');
    const savings = page.getByRole('region', { name: 'Savings calculator' });
    const table = savings.getByRole('table', { name: 'Contacts and cost per month by channel' });
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('columnheader', { name: 'Cost after' })).toBeVisible();
    const [tableBox, panelBox] = await Promise.all([table.boundingBox(), savings.boundingBox()]);
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width);
    // The way to change the plan (the goal button's explanation, the folded figures) steps aside.
    await expect(savings.getByText('Sets baseline and target of the goals')).toBeHidden();
    await expect(savings.getByText('Channels in use and planned')).toBeHidden();
  });

  test('the strategy map shows its A4 layout, larger on screen, even when A3 is chosen', async ({
    page,
  }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    await strategyMap.paper.selectOption('a3');
    await expect(strategyMap.map).toHaveAttribute('viewBox', '0 0 2017 1426');
    await page.keyboard.press('p');
    await expect(page.getByRole('toolbar', { name: 'Presenting' })).toBeVisible();
    await expect(strategyMap.map).toHaveAttribute('viewBox', '0 0 1414 1000');
    await page.keyboard.press('Escape');
    await expect(strategyMap.map).toHaveAttribute('viewBox', '0 0 2017 1426');
  });
});

test('speaks Italian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
  await page.getByRole('button', { name: 'Presenta', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Presentazione' });
  await expect(bar).toContainText('Tappa 1 di 7');
  await expect(bar.getByRole('button', { name: 'Mostra i risultati' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Esci dalla presentazione' })).toBeVisible();
  await page.screenshot({ path: 'test-results/presenting-it.png' });
  await context.close();
});
