import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ChannelsPage } from './pages/channels-page';
import { JourneyPage } from './pages/journey-page';
import { axeResults } from './support/axe';
import { reloadWhenSaved } from './support/reload';

test.describe('on a new roadmap', () => {
  test.beforeEach(async ({ library, roadmap, page }) => {
    await library.open();
    await library.createRoadmap({ name: 'Journey workshop' });
    await roadmap.goToStage('Channels');
    const channels = new ChannelsPage(page);
    await channels.add('Phone / call centre', 'In use');
    await channels.add('Live chat', 'Planned');
    await roadmap.goToStage('Customer journey');
  });

  test('builds a journey from a template: rename, touchpoints, emotions, done after a reload', async ({
    page,
    roadmap,
  }) => {
    const journey = new JourneyPage(page);
    await expect(page.getByRole('heading', { name: 'No journey yet' })).toBeVisible();
    await journey.useTemplate('Customer life cycle');
    expect(await journey.phaseOrder()).toEqual([
      'Discover',
      'Compare',
      'Buy',
      'Use',
      'Get help',
      'Renew or leave',
    ]);
    await journey.renamePhase(1, 'Search online');
    await expect(journey.touchpoints('Search online')).toBeAttached();
    // An empty name is refused next to the field and not saved.
    await journey.renamePhase(2, '');
    await expect(journey.map.getByText('Please fill this in.')).toBeVisible();
    await journey.renamePhase(2, 'Compare');

    await journey.lane('What the customer does', 'Search online').fill('Looks for a cheap fare');
    await journey.addTouchpoint('Search online', {
      description: 'Asks in the chat about fares',
      channel: 'Live chat',
      device: 'Smartphone',
      owner: 'Digital team',
    });
    await journey.addTouchpoint('Compare', {
      description: 'Uses the airport kiosk',
      customDevice: 'Airport kiosk',
    });
    // A typed device is offered for the next touchpoint.
    await journey.map.getByRole('button', { name: 'Add touchpoint to Buy', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New touchpoint in Buy' });
    await expect(dialog.getByRole('option', { name: 'Airport kiosk' })).toHaveCount(1);
    // A touchpoint needs a description: the message sits next to the field.
    await dialog.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect(dialog.getByText('Please fill this in.')).toBeVisible();
    await dialog.getByLabel('What happens').fill('Calls to pay by bank transfer');
    await dialog.getByLabel('Channel').selectOption({ label: 'Phone / call centre' });
    await dialog.getByLabel('Device', { exact: true }).selectOption({ label: 'Phone' });
    await dialog.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect(dialog).toBeHidden();

    const stepper = roadmap.stageLink('Customer journey');
    await expect(stepper).toContainText('in progress');
    await journey.emotion('Search online').selectOption({ label: '+1 satisfied' });
    await journey.emotion('Compare').selectOption({ label: '−2 frustrated' });
    await expect(stepper).toContainText('in progress');
    await journey.emotion('Buy').selectOption({ label: '0 neutral' });
    await expect(stepper).toContainText('done');

    await reloadWhenSaved(page);
    expect(await journey.phaseOrder()).toEqual([
      'Search online',
      'Compare',
      'Buy',
      'Use',
      'Get help',
      'Renew or leave',
    ]);
    await expect(journey.lane('What the customer does', 'Search online')).toHaveValue(
      'Looks for a cheap fare',
    );
    await expect(journey.emotion('Compare')).toHaveValue('-2');
    const card = journey.touchpoints('Search online').getByRole('listitem');
    await expect(card).toContainText('Live chat');
    await expect(card).toContainText('Smartphone');
    await expect(card).toContainText('Digital team');
    await expect(journey.touchpoints('Compare')).toContainText('Airport kiosk');
    await expect(journey.matrixRow('Phone / call centre')).toContainText('1Buy');
    await expect(stepper).toContainText('done');

    // Editing saves itself; deleting offers Undo.
    await journey
      .touchpoints('Buy')
      .getByRole('button', { name: /^Edit touchpoint/ })
      .click();
    const edit = page.getByRole('dialog', { name: 'Touchpoint in Buy' });
    await edit.getByLabel('Owner').fill('Call centre');
    await expect(edit.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await edit.getByRole('button', { name: 'Done' }).click();
    await expect(journey.touchpoints('Buy')).toContainText('Call centre');
    await journey.map
      .getByRole('button', { name: 'Delete touchpoint Calls to pay by bank transfer' })
      .click();
    await expect(journey.touchpoints('Buy').getByRole('listitem')).toHaveCount(0);
    await expect(stepper).toContainText('in progress');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(journey.touchpoints('Buy').getByRole('listitem')).toHaveCount(1);
    await expect(stepper).toContainText('done');
  });

  test('reorders phases and touchpoints by keyboard and by the move buttons; the order persists', async ({
    page,
  }) => {
    const journey = new JourneyPage(page);
    await journey.useTemplate('Air travel');
    for (const description of ['First', 'Second', 'Third'])
      await journey.addTouchpoint('Booking', { description });

    // dnd-kit keyboard drag: Space, arrow, Space.
    await journey.keyboardMove(journey.touchpointHandle('Third'), 'Third', 'ArrowUp');
    await expect
      .poll(() => journey.touchpointOrder('Booking'))
      .toEqual(['First', 'Third', 'Second']);
    await journey.keyboardMove(journey.phaseHandle('Booking'), 'Booking', 'ArrowLeft');
    await expect
      .poll(() => journey.phaseOrder())
      .toEqual([
        'Booking',
        'Dreaming of a trip',
        'Getting ready',
        'At the airport',
        'On board',
        'After landing',
      ]);

    // The same without dragging: plain buttons.
    await journey.map.getByRole('button', { name: 'Move First down', exact: true }).click();
    await expect
      .poll(() => journey.touchpointOrder('Booking'))
      .toEqual(['Third', 'First', 'Second']);
    await journey.map
      .getByRole('button', { name: 'Move Second to the next phase', exact: true })
      .click();
    await expect.poll(() => journey.touchpointOrder('Dreaming of a trip')).toEqual(['Second']);
    await journey.map.getByRole('button', { name: 'Move On board left', exact: true }).click();
    const expected = [
      'Booking',
      'Dreaming of a trip',
      'Getting ready',
      'On board',
      'At the airport',
      'After landing',
    ];
    await expect.poll(() => journey.phaseOrder(), { timeout: 10_000 }).toEqual(expected);

    await reloadWhenSaved(page);
    await expect.poll(() => journey.phaseOrder(), { timeout: 10_000 }).toEqual(expected);
    expect(await journey.touchpointOrder('Booking')).toEqual(['Third', 'First']);
    expect(await journey.touchpointOrder('Dreaming of a trip')).toEqual(['Second']);

    // Deleting a phase asks once and can be undone.
    await journey.map.getByRole('button', { name: 'Delete phase Booking', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the phase “Booking”?' });
    await expect(confirm).toContainText('its 2 touchpoints');
    await confirm.getByRole('button', { name: 'Delete phase' }).click();
    await expect.poll(() => journey.phaseOrder(), { timeout: 10_000 }).toEqual(expected.slice(1));
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => journey.phaseOrder(), { timeout: 10_000 }).toEqual(expected);
    expect(await journey.touchpointOrder('Booking')).toEqual(['Third', 'First']);
  });
});

test.describe('with the sample roadmap', () => {
  test.beforeEach(async ({ library, roadmap }) => {
    await library.open();
    await library.sampleButton.click();
    await roadmap.goToStage('Customer journey');
  });

  test('shows the airline journey, its emotions and where each channel is used', async ({
    page,
    roadmap,
  }) => {
    const journey = new JourneyPage(page);
    await expect(roadmap.stageLink('Customer journey')).toContainText('done');
    expect(await journey.phaseOrder()).toHaveLength(6);
    await expect(journey.emotion('At the airport')).toHaveValue('-2');
    await expect(
      journey.map.getByText(
        /How the customer feels, phase by phase: .*At the airport −2 frustrated/,
      ),
    ).toBeAttached();
    await expect(journey.matrix).toContainText(
      '20 touchpoints: 6 of 8 channels used, on 5 devices',
    );
    await journey.openMatrix();
    await expect(journey.matrixRow('Phone / call centre')).toContainText(
      'Booking, At the airport, After landing',
    );
    await expect(journey.matrixRow('Email / web form')).toContainText('4');
    await expect(journey.matrixRow('Video chat')).toContainText('not on the journey');
    const results = await axeResults(page, 'main');
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('prints the map on exactly one A3 landscape page', async ({ page }) => {
    await expect(new JourneyPage(page).phaseNames).toHaveCount(6);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A3', landscape: true, preferCSSPageSize: true });
    const file = test.info().outputPath('journey.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    // A3 landscape is 1191 x 842 points.
    expect(info).toMatch(/Page size:\s+119\d\.\d+ x 84\d\.\d+ pts/);
    // The paper comes from the stage's own print CSS too: without a format, still A3 landscape.
    const cssOnly = test.info().outputPath('journey-css-page.pdf');
    writeFileSync(cssOnly, await page.pdf({ preferCSSPageSize: true }));
    expect(execFileSync('pdfinfo', [cssOnly], { encoding: 'utf8' })).toMatch(
      /Pages:\s+1\n[\s\S]*Page size:\s+119\d\.\d+ x 84\d\.\d+ pts/,
    );
    await expect(page.getByRole('button', { name: 'Add phase' })).toBeHidden();
  });
});

test('the journey speaks Italian', async ({ page, library }) => {
  await library.open();
  await page.getByLabel('Language').selectOption('it');
  await page.getByRole('button', { name: 'Carica la roadmap di esempio' }).click();
  await page
    .getByRole('navigation', { name: 'Tappe' })
    .getByRole('link', { name: /Itinerario del cliente/ })
    .click();
  const map = page.getByRole('region', { name: 'Mappa del percorso' });
  await expect(map.getByRole('heading', { name: 'Che cosa fa il cliente' })).toBeVisible();
  await expect(map.getByLabel('Emozione in In aeroporto')).toHaveValue('-2');
  await expect(
    map.getByRole('button', { name: 'Aggiungi punto di contatto alla fase Prenotazione' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Canali e dispositivi' })).toContainText(
    'Telefono',
  );
});
