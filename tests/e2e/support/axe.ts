import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A whole-page axe scan that really ran over the page (colour contrast among its passes) and
 * found nothing. `where` names the page or state in a failure.
 */
export async function expectAxeClean(page: Page, where?: string) {
  const { passes, violations } = await new AxeBuilder({ page }).analyze();
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
