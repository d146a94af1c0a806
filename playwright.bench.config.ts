import { defineConfig } from '@playwright/test';
import { browserLaunchOptions, previewPort } from './tests/e2e/support/browser';

/** `npm run bench`: timings of the built app in Chromium, printed and saved to bench-results/. */
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    launchOptions: browserLaunchOptions,
    viewport: { width: 1280, height: 720 },
    locale: 'en-GB',
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${previewPort} --strictPort`,
    url: `http://127.0.0.1:${previewPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
