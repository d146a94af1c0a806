import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { registerStageCatalogs } from '../app/i18n/stage-catalogs';
import { ToastProvider } from '../components/ui/toasts';
import { TranslationProvider } from '../components/ui/translation';
import { changeLanguage, ensureStagesCatalog, initI18n } from '../i18n/i18n';
import { importRoadmapFile } from '../features/roadmaps/api/roadmaps-repository';
import { createQueryClient } from '../lib/query-client';
import { makeRoadmapFile, type RoadmapSize } from './generators';
import { resetDatabase } from './reset-database';

let englishReady: Promise<void> | null = null;

/** i18next in English with the stages' strings, started once per test file. */
function ensureEnglish(): Promise<void> {
  englishReady ??= (async () => {
    registerStageCatalogs();
    await initI18n('en');
    await ensureStagesCatalog();
  })();
  return englishReady.then(() => changeLanguage('en'));
}

/** Empties the database (fake-indexeddb) and starts English: call it in `beforeEach`. */
export async function resetForComponentTest(): Promise<void> {
  await Promise.all([resetDatabase(), ensureEnglish()]);
}

export interface RenderWithProvidersOptions {
  /** The URL the MemoryRouter starts at, for components that read the route. */
  route?: string;
}

/**
 * Renders a component as the app would: a fresh QueryClient (no retries), English strings, the
 * toasts and a MemoryRouter. Returns Testing Library's queries and a user-event `user`.
 */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/' }: RenderWithProvidersOptions = {},
): RenderResult & { user: UserEvent; queryClient: QueryClient } {
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <TranslationProvider>
        <ToastProvider>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </ToastProvider>
      </TranslationProvider>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient };
}

/** Stores a generated roadmap (see generators.ts) the way a file import would; returns its id. */
export async function seedRoadmap(size: RoadmapSize = {}): Promise<string> {
  const roadmap = await importRoadmapFile(makeRoadmapFile(1, size));
  return roadmap.id;
}
