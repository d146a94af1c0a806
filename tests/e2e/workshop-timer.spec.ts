import { expect, test } from './fixtures';
import { reloadApp } from './support/reload';

test.describe('the workshop timer on the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await expect(roadmap.stageHeading('Starting point')).toBeVisible();
  });

  test('runs, pauses, keeps its time across stages and a reload, and resets', async ({
    roadmap,
    page,
  }) => {
    const timer = page.getByRole('banner').getByRole('group', { name: 'Workshop timer' });
    await roadmap.goToStage('Goals and timelines');
    await timer.getByLabel('Timer minutes for Goals').fill('3');
    await timer.getByRole('button', { name: 'Start timer' }).click();
    const clock = timer.getByRole('timer');
    await expect(clock).toHaveText(/^(3:00|2:5\d)$/);

    await timer.getByRole('button', { name: 'Pause timer' }).click();
    await expect(clock).toContainText('paused');
    const pausedAt = (await clock.textContent()) ?? '';
    await reloadApp(page);
    await expect(clock).toHaveText(pausedAt);

    await timer.getByRole('button', { name: 'Resume timer' }).click();
    await expect(clock).toHaveText(/^[23]:\d\d$/);
    // Another stage: the countdown goes on and says whose time it is.
    await roadmap.goToStage('Channels');
    await expect(timer).toContainText('Goals');
    await expect(clock).toHaveText(/^[23]:\d\d$/);
    await reloadApp(page);
    await expect(clock).toHaveText(/^[23]:\d\d$/);

    await timer.getByRole('button', { name: 'Reset timer' }).click();
    await expect(clock).toHaveCount(0);
    await expect(timer.getByRole('button', { name: 'Start timer' })).toBeVisible();
    // The minutes set for a stage are kept for it.
    await roadmap.goToStage('Goals and timelines');
    await expect(timer.getByLabel('Timer minutes for Goals')).toHaveValue('3');
  });

  test('shows plainly when the time is up', async ({ roadmap, page }) => {
    const id = roadmap.roadmapId();
    // A countdown that ended a second ago, as the laptop finds it after a break.
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            minutes: {},
            run: { kind: 'running', stage: 'starting-point', endsAt: Date.now() - 1_000 },
          }),
        ),
      `rotta.timer.${id}`,
    );
    await reloadApp(page);
    const timer = page.getByRole('banner').getByRole('group', { name: 'Workshop timer' });
    await expect(timer.getByRole('timer')).toHaveText('Time’s up');
    await expect(timer.getByRole('status')).toHaveText('Time is up for Starting point.');
    const background = await timer
      .getByRole('timer')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(163, 34, 34)');
    await page.screenshot({ path: 'test-results/timer-ended.png' });
  });
});

test('speaks Italian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
  const timer = page.getByRole('banner').getByRole('group', { name: 'Timer del workshop' });
  await expect(timer.getByLabel('Minuti del timer per Partenza')).toHaveValue('10');
  await timer.getByRole('button', { name: 'Avvia il timer' }).click();
  await expect(timer.getByRole('button', { name: 'Metti in pausa il timer' })).toBeVisible();
  await expect(timer.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
  await context.close();
});
