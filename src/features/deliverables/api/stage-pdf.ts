// Loaded with import() when a stage's "Download PDF" is pressed: jsPDF, its table plugin, the
// picture drawing and the fonts stay out of the stage's first load.
import { toCanvas } from 'html-to-image';
import { autoTable } from 'jspdf-autotable';
import { createPdfFile, pdfFont } from '../../../lib/pdf/pdf-file';
import { withSvgPaintInlined } from '../../../lib/svg-styles';
import type { DocumentTable } from '../model/stage-document';

export interface StagePdfWords {
  /** "Stage 2 of 7". */
  eyebrow: string;
  title: string;
  purpose: string;
  /** The roadmap's name and the day the file was made. */
  byline: string;
  notes: string;
  /** "…and 1,650 more rows: the Excel workbook has them all." */
  more: (count: number) => string;
  /** "Page 2 of 5". */
  page: (page: number, pages: number) => string;
}

export interface StagePdfInput {
  /** The stage's result panels as the page shows them, drawn as pictures in this order. */
  results: readonly HTMLElement[];
  /** The page's paper colour, behind the pictures. */
  background: string;
  tables: readonly DocumentTable[];
  notes: string;
  words: StagePdfWords;
  language: 'en' | 'it';
}

const ink = '#1b2733';
const muted = '#4a5866';
const accent = '#0f3d5e';
const margin = { x: 14, top: 14, bottom: 16 };
/** A CSS pixel on paper, as a browser prints at 96 dpi. */
const mmPerPx = 25.4 / 96;
/** Pictures at twice the screen's pixels: sharp on paper, and small enough to mail. */
const pictureRatio = 2;
const jpegQuality = 0.9;
/** The smallest a picture is drawn to stay on the page it starts on (its text stays legible). */
const minShrink = 0.75;
/** Below this scale a panel's words are too small to read on paper. */
const minPictureScale = 0.5;

/** What a result's picture leaves out, as presenting mode does: the controls that edit. */
const controls = [
  'form, input, select, textarea, label, button, .button, [role="toolbar"]',
  '.toolbar, .row-actions, .empty-hint, .field, summary, details:not([open])',
  '[data-presenting-keep], [data-edit-only]',
].join(', ');

/**
 * A panel's copy for its picture, not yet in the page: without its controls, and each open fold
 * a plain box of what it holds. A fold without its line would get the browser's own ("Details").
 */
export function pictureCopy(element: HTMLElement): HTMLElement {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.classList.add('deliverables-pdf-copy');
  copy.setAttribute('aria-hidden', 'true');
  for (const control of Array.from(copy.querySelectorAll(controls))) control.remove();
  for (const fold of Array.from(copy.querySelectorAll('details'))) {
    const box = document.createElement('div');
    box.className = fold.className;
    box.append(...Array.from(fold.childNodes));
    fold.replaceWith(box);
  }
  return copy;
}

/**
 * One stage as a document on A4 landscape: its heading and purpose, its results as the page
 * draws them (as pictures, without the controls), its data as tables with text that can be
 * selected and searched, its workshop notes, and a footer on every page.
 */
export async function renderStagePdf(input: StagePdfInput): Promise<Blob> {
  const { words } = input;
  const pdf = await createPdfFile({
    paper: 'a4',
    orientation: 'landscape',
    title: `${words.title} – ${words.byline}`,
    language: input.language,
  });
  const page = {
    width: pdf.internal.pageSize.getWidth(),
    height: pdf.internal.pageSize.getHeight(),
  };
  const width = page.width - 2 * margin.x;
  const bottom = page.height - margin.bottom;
  let y = margin.top;

  /** Starts a new page when the next thing would not fit above the footer. */
  const room = (height: number) => {
    if (y + height > bottom && y > margin.top) {
      pdf.addPage();
      y = margin.top;
    }
  };
  const text = (
    content: string,
    size: number,
    style: 'normal' | 'bold' | 'italic',
    colour: string,
  ) => {
    pdf.setFont(pdfFont, style).setFontSize(size).setTextColor(colour);
    const lineHeight = (size * 1.3 * 25.4) / 72;
    for (const line of pdf.splitTextToSize(content, width) as string[]) {
      room(lineHeight);
      pdf.text(line, margin.x, y + lineHeight * 0.8);
      y += lineHeight;
    }
  };

  text(words.eyebrow.toLocaleUpperCase(input.language), 9, 'bold', muted);
  text(words.title, 20, 'bold', accent);
  text(words.byline, 10, 'normal', muted);
  y += 3;
  text(words.purpose, 11, 'normal', ink);
  y += 5;

  for (const result of input.results) {
    const picture = await panelPicture(result, input.background, {
      width,
      height: bottom - margin.top,
    });
    if (!picture) continue;
    // A picture a little too tall for what is left of the page shrinks rather than leave the
    // page empty; one far too tall starts the next page.
    const shrink = Math.min(1, (bottom - y) / picture.height);
    const staysHere = shrink >= minShrink;
    if (!staysHere) room(picture.height);
    const scale = staysHere ? shrink : 1;
    const size = { width: picture.width * scale, height: picture.height * scale };
    // JPEG goes into a PDF as it is; a PNG would be decoded and packed again in script, which
    // took seconds for a long panel. At twice the screen's pixels its edges stay clean.
    const jpeg = picture.canvas.toDataURL('image/jpeg', jpegQuality);
    pdf.addImage(jpeg, 'JPEG', margin.x, y, size.width, size.height);
    y += size.height + 6;
  }

  for (const table of input.tables) {
    room(20);
    text(table.title, 12, 'bold', accent);
    y += 1;
    autoTable(pdf, {
      startY: y,
      margin: { left: margin.x, right: margin.x, top: margin.top, bottom: margin.bottom },
      head: [table.headers],
      body: table.rows,
      styles: {
        font: pdfFont,
        fontSize: 8.5,
        textColor: ink,
        cellPadding: 1.6,
        overflow: 'linebreak',
      },
      headStyles: { fontStyle: 'bold', fillColor: accent, textColor: '#ffffff' },
      alternateRowStyles: { fillColor: '#f3f1ec' },
      columnStyles: Object.fromEntries(
        table.numeric.map((numeric, column) => [column, { halign: numeric ? 'right' : 'left' }]),
      ),
      rowPageBreak: 'avoid',
    });
    y = (pdf as unknown as { lastAutoTable: { finalY?: number } }).lastAutoTable.finalY ?? y;
    y += 2;
    if (table.more > 0) text(words.more(table.more), 9, 'italic', muted);
    y += 5;
  }

  if (input.notes.trim() !== '') {
    room(20);
    text(words.notes, 12, 'bold', accent);
    y += 1;
    text(input.notes, 10, 'normal', ink);
  }

  const pages = pdf.getNumberOfPages();
  for (let number = 1; number <= pages; number += 1) {
    pdf.setPage(number);
    pdf.setFont(pdfFont, 'normal').setFontSize(8).setTextColor(muted);
    const baseline = page.height - margin.bottom / 2;
    pdf.text(`${words.byline} · ${words.title}`, margin.x, baseline);
    pdf.text(words.page(number, pages), page.width - margin.x, baseline, { align: 'right' });
  }
  return pdf.output('blob');
}

/**
 * A result panel as a picture and its size on paper: as the screen draws it, as wide as the
 * page's text at most and never taller than a page. None for a panel that is not drawn or that
 * would be too small to read.
 */
async function panelPicture(
  element: HTMLElement,
  background: string,
  fit: { width: number; height: number },
) {
  if (element.getBoundingClientRect().width === 0) return null;
  // A copy beside the panel, out of sight, with its scrolling boxes opened out (see stage-pdf.css):
  // paper cannot scroll. Inside the page, the stage's own styles still apply to it.
  const copy = pictureCopy(element);
  copy.style.width = `${element.getBoundingClientRect().width}px`;
  element.after(copy);
  try {
    const box = copy.getBoundingClientRect();
    const scale = Math.min(
      1,
      fit.width / (box.width * mmPerPx),
      fit.height / (box.height * mmPerPx),
    );
    // A panel many screens long (the journey's editing grid, a heat map of sixty people) would
    // be too small to read on one page: its data is in the tables that follow.
    if (scale < minPictureScale) return null;
    const canvas = await withSvgPaintInlined(copy, () =>
      toCanvas(copy, {
        pixelRatio: pictureRatio,
        backgroundColor: background,
        // The copy is drawn where it would stand, not where it waits.
        style: { position: 'static', left: 'auto' },
        // Fonts are the system's: nothing to fetch and embed.
        skipFonts: true,
      }),
    );
    return { canvas, width: box.width * mmPerPx * scale, height: box.height * mmPerPx * scale };
  } finally {
    copy.remove();
  }
}
