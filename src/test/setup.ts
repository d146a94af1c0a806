// Shared by every test project (see vite.config.ts). IndexedDB exists in both environments;
// the DOM matchers and the Testing Library cleanup only where a DOM does.
import 'fake-indexeddb/auto';
import { stages } from '../app/stages';
import { registerStages } from '../core/stage-registry';

// The app registers its stages at start; every test runs against the same list.
registerStages(stages);
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  afterEach(cleanup);
  // A stage reads IndexedDB before it shows its rows; on a busy machine that takes over 1 s.
  configure({ asyncUtilTimeout: 5000 });
  // jsdom lays nothing out, so nothing ever resizes: an observer that never reports is exactly
  // what a page there would see. Charts then draw at their initial width.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Every text field cleans what is typed into it, as in the app (main.tsx).
  const { installTypedTextCleaner } = await import('../components/ui/typed-text');
  installTypedTextCleaner();
  // Nor does it scroll; pages that bring a section into view may still ask it to.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}
