import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { stageSlugs } from './pages/roadmap-page';

/**
 * Italian the way the workshop run found it broken: an article or preposition that does not fit
 * the number after it ("il 8", "dal 11", "il 0"), a plural after one, "altri 1", "a" before a vowel.
 */
const brokenItalian = [
  /\b(?:il|dal|al|del|nel|sul) (?:8[\d.]*|11(?:\.\d{3})*)(?![\d,])/,
  /\b(?:il|dal|al|del) 0\b/,
  /(?<![\d,.])1 (?:voti|bollini|punti|valori|obiettivi|canali|avviate|persone)\b/,
  /\baltri 1\b/,
  /\bi suoi 0\b/,
  /\ba [AEIOU]\w/,
];

/*
 * What the room came for is on the projector's first screen: on every stage of the sample, in
 * both languages, the stage's main result (the panels a stage marks as its result) starts within
 * the first 720 px with room to read its heading, and the page is accessible as it is shown.
 */
for (const [language, locale, sample] of [
  ['English', 'en-GB', 'Load sample roadmap'],
  ['Italiano', 'it-IT', 'Carica la roadmap di esempio'],
] as const) {
  test(`${language}: every stage of the sample shows its result without scrolling, axe-clean`, async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: sample }).click();
    await page.waitForURL(/\/roadmaps\/[^/]+\//);
    const base = new URL(page.url()).pathname.replace(/[^/]+$/, '');
    for (const slug of stageSlugs) {
      await page.goto(`${base}${slug}`);
      const result = page.locator('[data-stage-result]').first();
      await expect(result, slug).toBeVisible();
      const box = await result.boundingBox();
      // At least its heading and first lines: 100 px of it above the fold.
      expect(
        box!.y + 100,
        `${slug}: the result starts at ${Math.round(box!.y)} px`,
      ).toBeLessThanOrEqual(720);
      if (locale === 'it-IT') {
        const text = await page.locator('main').innerText();
        for (const pattern of brokenItalian) {
          expect(text.match(pattern)?.[0], `${slug}: ${String(pattern)}`).toBeUndefined();
        }
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(({ id, nodes }) => ({
          id,
          nodes: nodes.map((node) => node.target.join(' ')),
        })),
        slug,
      ).toEqual([]);
    }
    await context.close();
  });
}

test('presenting mode is axe-clean on every stage, with the room’s results covered and revealed', async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample roadmap' }).click();
  await page.waitForURL(/\/roadmaps\/[^/]+\//);
  const base = new URL(page.url()).pathname.replace(/[^/]+$/, '');
  const bar = page.getByRole('toolbar', { name: 'Presenting' });
  for (const slug of stageSlugs) {
    await page.goto(`${base}${slug}?present`);
    await expect(bar).toBeVisible();
    await expect(page.locator('[data-stage-result]').first(), slug).toBeVisible();
    const reveal = bar.getByRole('button', { name: 'Reveal results' });
    for (const state of ['covered', 'revealed']) {
      if (state === 'revealed' && (await reveal.count()) > 0) await reveal.click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(({ id, nodes }) => ({
          id,
          nodes: nodes.map((node) => node.target.join(' ')),
        })),
        `${slug}, ${state}`,
      ).toEqual([]);
    }
  }
  await context.close();
});
