import { test as base } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { RoadmapPage } from './pages/roadmap-page';

/** Every test starts in a fresh browser context, so with an empty IndexedDB. */
export const test = base.extend<{ library: LibraryPage; roadmap: RoadmapPage }>({
  library: async ({ page }, use) => use(new LibraryPage(page)),
  roadmap: async ({ page }, use) => use(new RoadmapPage(page)),
});

export { expect } from '@playwright/test';
