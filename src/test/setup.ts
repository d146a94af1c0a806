// Shared by every test project (see vite.config.ts). IndexedDB exists in both environments;
// the DOM matchers and the Testing Library cleanup only where a DOM does.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  afterEach(cleanup);
}
