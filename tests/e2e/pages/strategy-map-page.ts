import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The strategy map page: its controls and the map drawing, by role and label. */
export class StrategyMapPage {
  readonly map: Locator;
  readonly paper: Locator;
  readonly printButton: Locator;
  readonly pngButton: Locator;
  readonly svgButton: Locator;
  readonly pdfButton: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('img', { name: /^(Strategy map of|Mappa strategica di) / });
    this.paper = page.getByLabel(/^(Paper size|Formato carta)$/);
    this.printButton = page.getByRole('button', { name: 'Print or save as PDF' });
    this.pngButton = page.getByRole('button', { name: 'Download PNG' });
    this.svgButton = page.getByRole('button', { name: 'Download SVG' });
    this.pdfButton = page.getByRole('button', { name: /^(Download PDF|Scarica PDF)$/ });
  }

  async open() {
    await this.page
      .getByRole('navigation', { name: /^(Stages|Tappe)$/ })
      .getByRole('link', { name: /Strategy map|Mappa strategica/ })
      .click();
    await expect(this.map).toBeVisible();
  }

  /** The PDF of the page as printed on the chosen paper (the page's own @page size). */
  async pdf(paper: 'a4' | 'a3'): Promise<Buffer> {
    await this.paper.selectOption(paper);
    await this.page.emulateMedia({ media: 'print' });
    try {
      return await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
  }

  async download(button: Locator): Promise<{ download: Download; bytes: Buffer }> {
    const downloadEvent = this.page.waitForEvent('download');
    await button.click();
    const download = await downloadEvent;
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, bytes: await readFile(path) };
  }
}

/** Pages of a PDF, counted from its page objects (not the /Pages tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Width and height of a PDF's first page box in points. */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const match = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(
    pdf.toString('latin1'),
  );
  if (!match) throw new Error('The PDF has no page box');
  return {
    width: Number(match[3]) - Number(match[1]),
    height: Number(match[4]) - Number(match[2]),
  };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Landscape sheets in points, as a PDF reader rounds them. */
export const landscapeSheets = {
  a4: { width: 842, height: 595 },
  a3: { width: 1191, height: 842 },
} as const;

/**
 * What a reader sees of a downloaded PDF, checked: landscape pages of the paper, the given words
 * (searched across line breaks, as a reader's search runs), and only the embedded Arimo. Returns
 * its pages and its text for the checks a file of its own needs.
 */
export function expectReadablePdf(
  pdf: Buffer,
  paper: keyof typeof landscapeSheets,
  texts: readonly string[],
): { pages: number; text: string } {
  const info = pdfInfo(pdf);
  expect({ width: Math.round(info.width), height: Math.round(info.height) }).toEqual(
    landscapeSheets[paper],
  );
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  for (const expected of texts) expect(text).toContain(expected);
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/Arimo/);
    expect(font.embedded).toBe(true);
  }
  return { pages: info.pages, text };
}

/** A PDF's text as poppler reads it, in reading order. */
export function pdfText(pdf: Buffer): string {
  return popplerText(pdf, []);
}

/** What `pdfinfo` tells of a PDF: its pages and the first page's size in points. */
export function pdfInfo(pdf: Buffer): { pages: number; width: number; height: number } {
  const info = poppler('pdfinfo', pdf, []);
  const pages = /^Pages:\s+(\d+)$/m.exec(info);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!pages || !size) throw new Error(`pdfinfo told no pages or size:\n${info}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** The fonts a PDF uses as `pdffonts` lists them: name, and whether the file carries it. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean }[] {
  const lines = poppler('pdffonts', pdf, []).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      // The columns after the type and encoding: emb sub uni object ID.
      const embedded = rest.at(-5) === 'yes';
      return { name, embedded };
    });
}

/** How many pictures a PDF draws, as `pdfimages -list` counts them (masks left out). */
export function pdfImageCount(pdf: Buffer): number {
  const lines = poppler('pdfimages', pdf, ['-list']).split('\n').slice(2);
  return lines.filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
}

/** The width in points of the first word of a PDF that reads `word`, from poppler's boxes. */
export function pdfWordWidth(pdf: Buffer, word: string): number {
  const boxes = popplerText(pdf, ['-bbox']);
  for (const match of boxes.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)) {
    if (match[3] === word) return Number(match[2]) - Number(match[1]);
  }
  throw new Error(`The PDF has no word "${word}"`);
}

function popplerText(pdf: Buffer, options: string[]): string {
  return poppler('pdftotext', pdf, options);
}

/** Runs one of poppler's tools on the PDF, as a reader's computer would read the file. */
function poppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfimages',
  pdf: Buffer,
  options: string[],
): string {
  const folder = mkdtempSync(join(tmpdir(), 'rotta-pdf-'));
  try {
    const file = join(folder, 'map.pdf');
    writeFileSync(file, pdf);
    // pdftotext writes to the file named after the PDF's, or to standard output for "-".
    const output = tool === 'pdftotext' ? ['-'] : [];
    return execFileSync(tool, [...options, file, ...output], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
