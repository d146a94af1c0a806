import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { StrategyMapPage } from './pages/strategy-map-page';

/** The deck converted by LibreOffice Impress, as a reader without PowerPoint would open it. */
function impressPdf(deck: Buffer): { pages: number; text: string } {
  const directory = mkdtempSync(join(tmpdir(), 'rotta-deck-'));
  try {
    const file = join(directory, 'deck.pptx');
    writeFileSync(file, deck);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(directory, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        directory,
        file,
      ],
      { stdio: 'ignore', timeout: 90_000 },
    );
    const pdf = join(directory, 'deck.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
      text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

test('the sample roadmap downloads as a 16:9 PowerPoint deck with native charts, tables and speaker notes, which Impress opens', async ({
  library,
  page,
}) => {
  test.setTimeout(120_000);
  await library.open();
  await library.sampleButton.click();
  const strategyMap = new StrategyMapPage(page);
  await strategyMap.open();
  const { download, bytes } = await strategyMap.download(
    page.getByRole('button', { name: 'Download PowerPoint' }),
  );
  expect(download.suggestedFilename()).toMatch(
    /^Libeccio Air – digital service 2027 – Strategy map \d{4}-\d{2}-\d{2}\.pptx$/,
  );
  const parts = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(parts);
  const slides = names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(9);
  // Native, editable charts: chart parts with their own data, not pictures.
  const charts = names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
  expect(charts.length).toBeGreaterThanOrEqual(9);
  const chartXml = charts.map((name) => strFromU8(parts[name]!)).join('\n');
  for (const kind of ['c:scatterChart', 'c:barChart', 'c:lineChart', 'c:doughnutChart'])
    expect(chartXml).toContain(kind);
  expect(chartXml).toContain('Maestrale Airways');
  // The room's dots on the channels, beside each channel in the channels' table.
  const channelsSlide = slides
    .map((name) => strFromU8(parts[name]!))
    .find((xml) => xml.includes('>Live chat<'));
  expect(channelsSlide).toContain('>Dots<');
  // 16:9, and the stage's workshop notes as the speaker's notes.
  expect(strFromU8(parts['ppt/presentation.xml']!)).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  const notes = names
    .filter((name) => name.startsWith('ppt/notesSlides/'))
    .map((name) => strFromU8(parts[name]!))
    .join('\n');
  expect(notes).toContain('Competitors answer on Instagram within the hour');
  expect(names.some((name) => name.startsWith('ppt/media/') && name.endsWith('.png'))).toBe(true);

  const opened = impressPdf(bytes);
  expect(opened.pages).toBe(9);
  for (const text of [
    'Libeccio Air – digital service 2027',
    'Starting point',
    'Goals and timelines',
    'Fewer calls about baggage and check-in',
    'Go-live date',
  ])
    expect(opened.text).toContain(text);
});
