import axe, { type AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

type WithAxe = { axe?: typeof axe };

/**
 * Rules axe leaves off by default that the app keeps to as well: a control whose text shows says
 * that text in its name too (WCAG 2.5.3, label in name), as Lighthouse checks.
 */
const alsoChecked = { 'label-content-name-mismatch': { enabled: true } };

/**
 * axe's default rules over the page (and those above), or over the part `include` selects.
 *
 * axe is put into the page once per document and run where it is: @axe-core/playwright's builder
 * puts it into every frame again on each scan and finishes each scan in a new blank page, about
 * three times the time of the scan itself. The app draws no frames; a page with one fails here
 * rather than being scanned in part.
 */
export async function axeResults(page: Page, include?: string): Promise<AxeResults> {
  expect(page.frames(), 'a page without frames, which one axe run covers').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    ({ selector, rules }) =>
      (window as WithAxe).axe!.run(selector ? { include: [selector] } : document, { rules }),
    { selector: include, rules: alsoChecked },
  );
}

/**
 * A whole-page axe scan that really ran over the page (colour contrast among its passes) and
 * found nothing. `where` names the page or state in a failure.
 */
export async function expectAxeClean(page: Page, where?: string) {
  const { passes, violations } = await axeResults(page);
  expect(
    passes.map((rule) => rule.id),
    where,
  ).toContain('color-contrast');
  expect(
    violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      targets: nodes.map((node) => node.target.join(' ')),
    })),
    where,
  ).toEqual([]);
}
