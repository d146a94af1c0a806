import { defineConfig } from '@playwright/test';
import { previewPort, roomServerPort, testBrowserLaunchOptions } from './tests/e2e/support/browser';

/** Browser tests run against the production build served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    launchOptions: testBrowserLaunchOptions,
    viewport: { width: 1280, height: 720 },
    locale: 'en-GB',
    acceptDownloads: true,
    trace: 'off',
    // The offline copy downloads every asset a few seconds after a page loads: in most tests that is
    // only work for the machine. The offline test allows it.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${previewPort} --strictPort`,
      url: `http://127.0.0.1:${previewPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // What `npm start` runs, on the same build, with rooms kept apart from a real laptop's.
      command: 'npm run build:server && node dist-server/main.js',
      url: `http://127.0.0.1:${roomServerPort}/api/health`,
      env: {
        PORT: String(roomServerPort),
        HOST: '127.0.0.1',
        ROTTA_DATA: 'test-results-rooms',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
