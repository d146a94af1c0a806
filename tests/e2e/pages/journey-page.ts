import { expect, type Locator, type Page } from '@playwright/test';
import { openFold } from '../support/folds';

/** Stage 5's journey map and channel × device table, driven by roles and labels only. */
export class JourneyPage {
  readonly map: Locator;
  readonly matrix: Locator;
  readonly phaseNames: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('region', { name: 'Journey map' });
    this.matrix = page.getByRole('region', { name: 'Channels and devices' });
    this.phaseNames = this.map.getByRole('textbox', { name: /^Name of phase \d+$/ });
  }

  async useTemplate(name: string) {
    await this.page.getByRole('button', { name: `Use “${name}”` }).click();
    await expect(this.phaseNames.first()).toBeVisible();
  }

  /** The phase names, left to right. */
  async phaseOrder(): Promise<string[]> {
    await this.phaseNames.first().waitFor();
    // One read of all fields: reading them one by one could wait forever on a column that a
    // move or delete has just taken away.
    return this.phaseNames.evaluateAll((fields) =>
      fields.map((field) => (field as HTMLInputElement).value),
    );
  }

  async renamePhase(number: number, name: string) {
    await this.map
      .getByRole('textbox', { name: `Name of phase ${number}`, exact: true })
      .fill(name);
  }

  touchpoints(phase: string): Locator {
    return this.map.getByRole('list', { name: `Touchpoints in ${phase}`, exact: true });
  }

  /** Touchpoint descriptions of a phase, top to bottom. */
  async touchpointOrder(phase: string): Promise<string[]> {
    const titles = this.touchpoints(phase).getByRole('button', { name: /^Edit touchpoint / });
    return (await titles.allTextContents()).map((text) => text.trim());
  }

  async addTouchpoint(
    phase: string,
    fields: {
      description: string;
      channel?: string;
      device?: string;
      customDevice?: string;
      owner?: string;
    },
  ) {
    await this.map.getByRole('button', { name: `Add touchpoint to ${phase}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `New touchpoint in ${phase}` });
    await dialog.getByLabel('What happens').fill(fields.description);
    if (fields.channel) await dialog.getByLabel('Channel').selectOption({ label: fields.channel });
    if (fields.customDevice !== undefined) {
      await dialog.getByLabel('Device', { exact: true }).selectOption({ label: 'Other device…' });
      await dialog.getByLabel('Name of the device').fill(fields.customDevice);
    } else if (fields.device)
      await dialog.getByLabel('Device', { exact: true }).selectOption({ label: fields.device });
    if (fields.owner) await dialog.getByLabel('Owner').fill(fields.owner);
    await dialog.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      this.touchpoints(phase).getByRole('button', {
        name: `Edit touchpoint ${fields.description}`,
      }),
    ).toBeVisible();
  }

  emotion(phase: string): Locator {
    return this.map.getByLabel(`Emotion in ${phase}`, { exact: true });
  }

  lane(lane: string, phase: string): Locator {
    return this.map.getByRole('textbox', { name: `${lane} in ${phase}`, exact: true });
  }

  phaseHandle(phase: string): Locator {
    return this.map.getByRole('button', { name: `Drag phase ${phase}`, exact: true });
  }

  touchpointHandle(description: string): Locator {
    return this.map.getByRole('button', { name: `Drag touchpoint ${description}`, exact: true });
  }

  /**
   * dnd-kit's keyboard drag: pick up with Space, move with an arrow key, drop with Space. Each
   * step waits for what a screen reader would report: the handle pressed, then the move.
   */
  async keyboardMove(
    handle: Locator,
    item: string,
    key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  ) {
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    // dnd-kit measures the drop targets after the pick-up; on a busy machine an arrow pressed
    // before that moves nothing. Two frames give it the time.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await this.page.keyboard.press(key);
    await expect(this.page.getByText(new RegExp(`^${item} is over (?!${item}\\.)`))).toBeAttached();
    await this.page.keyboard.press('Space');
    await expect(handle).not.toHaveAttribute('aria-pressed', 'true');
  }

  /** Opens the channel-by-device table, folded under the map on a long journey. */
  async openMatrix() {
    await openFold(this.matrix);
  }

  matrixRow(channel: string): Locator {
    return this.matrix
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: channel, exact: true }) });
  }
}
