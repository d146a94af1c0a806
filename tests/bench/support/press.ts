import type { Page } from '@playwright/test';

type PressState = { benchPressedAt?: number };

/**
 * Arms the page to note when the next click reaches it (its pointerdown, on the page clock) and
 * returns a reader of that time. A timing of a click starts there, as the typing timing starts at
 * the key press: before it presses, Playwright's click waits until its target is visible and
 * stable, two to five animation frames (40-85 ms measured) that are the driver's, not the app's.
 * Start waiting for what the click should show before clicking, so a fast page is not timed late.
 */
export async function notePress(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = window as unknown as PressState;
    delete state.benchPressedAt;
    document.addEventListener(
      'pointerdown',
      (event) => {
        state.benchPressedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  return async () => {
    const pressedAt = await page.evaluate(() => (window as unknown as PressState).benchPressedAt);
    if (pressedAt === undefined) throw new Error('The click never reached the page.');
    return pressedAt;
  };
}
