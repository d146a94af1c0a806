import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);
/** The room server (`npm start`), started for the tests on its own port and data folder. */
export const roomServerPort = Number(process.env.ROOM_SERVER_PORT ?? previewPort + 160);

const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const systemHeadlessShell =
  process.env.CHROME_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

const sharedArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Phones reach the room server as `room.test`: a name, not loopback, so their page is not a
  // secure context, as on a real local network.
  '--host-resolver-rules=MAP room.test 127.0.0.1',
];

/**
 * The full system Chromium when present (Playwright's own download is the fallback elsewhere):
 * what the bench and Lighthouse measure, as a user's browser runs the app.
 */
export const browserLaunchOptions: LaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: sharedArgs,
};

/**
 * The browser tests' Chromium. The headless shell is the same engine without the browser's own
 * interface, and V8 runs the app's code without its optimizing compilers, which a page that lives
 * a few seconds never pays back. Same pages, same code, same results; on two cores the browser
 * tests take about a third less time. Without the shell, the full Chromium above.
 */
export const testBrowserLaunchOptions: LaunchOptions = {
  executablePath: existsSync(systemHeadlessShell)
    ? systemHeadlessShell
    : browserLaunchOptions.executablePath,
  args: [...sharedArgs, '--js-flags=--no-opt --no-maglev'],
};
