import { addMonths } from '../../src/lib/calendar';
import { sampleGoLiveDate } from '../../src/features/training/model/sample-training';
import { expect, test } from './fixtures';
import { pdfPageCount, pdfPageSize, pngSize, StrategyMapPage } from './pages/strategy-map-page';
import { axeResults } from './support/axe';
import { reloadApp } from './support/reload';

/** The sample's workshop is two weeks before today; its dates follow from it. */
const workshop = new Date(Date.now() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** One text of every section of the sample's map. */
const sectionTexts = [
  'Libeccio Air S.p.A.',
  'WHERE WE STAND',
  'Fewer calls about baggage and check-in',
  '29,000',
  'Live chat',
  `from ${day(addMonths(workshop, 4))}`,
  'Calls to the call centre',
  'Dreaming of a trip',
  'Digital front-line agent',
  'The service platform, hands on',
  'team readiness',
  day(sampleGoLiveDate(workshop)),
  'Made with Rotta',
];

test.describe('the strategy map of the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('tells every section of the roadmap on one page, with the text for screen readers', async ({
    page,
  }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    for (const text of sectionTexts) await expect(strategyMap.map).toContainText(text);
    // Goals show their target with the unit, the KPIs their status in words as well as shape.
    await expect(strategyMap.map).toContainText('calls/month');
    await expect(strategyMap.map).toContainText('On track');
    await expect(strategyMap.map.locator('foreignObject')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'The map in words' })).toBeAttached();
    await expect(
      page.getByText('Every stage is done: the map tells the whole roadmap.'),
    ).toBeVisible();

    const results = await axeResults(page);
    expect(
      results.violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        targets: nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  });

  test('prints on exactly one A4 or A3 landscape page, as text and vectors', async ({ page }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    const a4 = await strategyMap.pdf('a4');
    expect(pdfPageCount(a4)).toBe(1);
    const a4Size = pdfPageSize(a4);
    // A4 landscape is 297 x 210 mm: 841.9 x 595.3 points.
    expect(a4Size.width).toBeCloseTo(841.9, 0);
    expect(a4Size.height).toBeCloseTo(595, 0);

    const a3 = await strategyMap.pdf('a3');
    expect(pdfPageCount(a3)).toBe(1);
    const a3Size = pdfPageSize(a3);
    expect(a3Size.width).toBeCloseTo(1191.1, 0);
    expect(a3Size.height).toBeCloseTo(841.9, 0);

    // The choice is remembered: after a reload the A3 paper is still chosen.
    await reloadApp(page);
    await expect(strategyMap.paper).toHaveValue('a3');
  });

  test('prints nothing of the app around the map', async ({ page }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    await page.emulateMedia({ media: 'print' });
    await expect(strategyMap.map).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden();
    await expect(strategyMap.printButton).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategy map' })).toBeHidden();
    await expect(page.getByRole('link', { name: /Rotta/ }).first()).toBeHidden();
  });

  test('downloads the map as a PNG at twice its size and as an SVG with the same texts', async ({
    page,
  }) => {
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    const viewBox = (await strategyMap.map.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
    const [, , width = 0, height = 0] = viewBox;
    expect(width / height).toBeCloseTo(Math.SQRT2, 2);

    const png = await strategyMap.download(strategyMap.pngButton);
    expect(png.download.suggestedFilename()).toMatch(
      /^Libeccio Air – digital service 2027 – Strategy map \d{4}-\d{2}-\d{2}\.png$/,
    );
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });

    const svg = await strategyMap.download(strategyMap.svgButton);
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).not.toContain('foreignObject');
    expect(text).not.toContain('class=');
    // It parses as XML on its own, as a slide tool would read it, and holds every section's text.
    const parsed = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        ok: document.querySelector('parsererror') === null,
        text: document.documentElement.textContent ?? '',
      };
    }, text);
    expect(parsed.ok).toBe(true);
    for (const section of sectionTexts) expect(parsed.text).toContain(section);
  });

  test('speaks Italian, in the map and in its exports', async ({ page }) => {
    await page.getByLabel('Language', { exact: true }).selectOption('Italiano');
    const strategyMap = new StrategyMapPage(page);
    await strategyMap.open();
    for (const heading of ['DOVE SIAMO', 'COME CI ARRIVIAMO', 'DOVE ANDIAMO', 'COME MISURIAMO'])
      await expect(strategyMap.map).toContainText(heading);
    await expect(strategyMap.map).toContainText('Realizzata con Rotta');
    await expect(strategyMap.map).toContainText('In linea');
    await expect(page.getByRole('button', { name: 'Stampa o salva in PDF' })).toBeVisible();
    const pdf = await strategyMap.pdf('a4');
    expect(pdfPageCount(pdf)).toBe(1);
  });
});

test('a new roadmap draws an empty map that names the stages still to fill', async ({
  library,
  page,
}) => {
  await library.open();
  await library.createRoadmap({ name: 'Empty map', company: 'Tramontana' });
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  await expect(strategyMap.map).toContainText('Not filled in yet: see Goals and timelines.');
  await expect(strategyMap.map).toContainText('Not filled in yet: see KPIs and monitoring.');
  const open = page.getByRole('region', { name: 'Still open in the roadmap' });
  await expect(open.getByRole('link')).toHaveCount(7);
  await open.getByRole('link', { name: /Goals and timelines/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals and timelines' })).toBeVisible();
  await strategyMap.open();
  expect(pdfPageCount(await strategyMap.pdf('a4'))).toBe(1);
});

test('a name pasted with PowerPoint line breaks is saved with spaces and exports valid XML', async ({
  library,
  page,
}) => {
  await library.open();
  await library.createRoadmap({ name: 'Soft\u000bbreak\u0001map', company: 'Grecale\u000cS.p.A.' });
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  await expect(strategyMap.map).toContainText('Soft break map');
  const svg = await strategyMap.download(strategyMap.svgButton);
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      ok: document.querySelector('parsererror') === null,
      text: document.documentElement.textContent ?? '',
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.ok).toBe(true);
  expect(parsed.text).toContain('Grecale S.p.A.');
  const png = await strategyMap.download(strategyMap.pngButton);
  expect(png.download.suggestedFilename()).toMatch(/^Soft break map – Strategy map .*\.png$/);
});
