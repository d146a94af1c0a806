import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);
/** The room server (`npm start`), started for the tests on its own port and data folder. */
export const roomServerPort = Number(process.env.ROOM_SERVER_PORT ?? previewPort + 160);

const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The system Chromium when present (Playwright's own download is the fallback elsewhere). */
export const browserLaunchOptions: LaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
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
  ],
};
