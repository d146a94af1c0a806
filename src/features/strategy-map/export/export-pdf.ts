// Loaded with import() when "Download PDF" is pressed: jsPDF, svg2pdf.js and the fonts stay out of
// the map page's first load.
import boldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { printBox, type Paper } from '../model/paper';
import { pdfReadyMap } from './pdf-svg';

/**
 * Arimo has Arial's (and Liberation Sans') metrics, the widths the map's line breaking assumes, so
 * the PDF breaks and fits its texts as the screen does. It is embedded (as the glyphs used), so
 * the file looks the same on any computer and its text can be selected and searched.
 * The map sets no bold italic, so three faces are enough.
 */
const pdfFont = 'Arimo';
/** Each face: its file, its name among jsPDF's files, and the style svg2pdf.js asks for. */
const fontFiles = [
  { url: regularUrl, name: 'Arimo', style: 'normal' },
  { url: boldUrl, name: 'Arimo-Bold', style: 'bold' },
  { url: italicUrl, name: 'Arimo-Italic', style: 'italic' },
] as const;

export interface MapPdfDetails {
  paper: Paper;
  title: string;
  /** The language of the map's words, for screen readers and search in the PDF. */
  language: 'en' | 'it';
}

/** jsPDF reads a font from its virtual files as a binary string. */
async function fetchBinaryString(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} did not load (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return chunks.join('');
}

/**
 * The map as a one-page landscape PDF on the chosen paper, drawn as vectors with the same box as
 * the print (printBox), centred on the sheet.
 */
export async function renderMapPdf(svg: SVGSVGElement, details: MapPdfDetails): Promise<Blob> {
  const fonts = await Promise.all(fontFiles.map((file) => fetchBinaryString(file.url)));
  const pdf = new jsPDF({
    orientation: 'landscape',
    unit: 'mm',
    format: details.paper,
    compress: true,
    putOnlyUsedFonts: true,
  });
  fontFiles.forEach((file, index) => {
    pdf.addFileToVFS(file.name, fonts[index] ?? '');
    // No weight: jsPDF takes the style as the whole face (a weight beside "bold" is refused).
    pdf.addFont(file.name, pdfFont, file.style, undefined, 'Identity-H');
  });
  pdf.setFont(pdfFont, 'normal');
  pdf.setProperties({ title: details.title, creator: 'Rotta' });
  pdf.setLanguage(details.language);

  const box = printBox[details.paper];
  const page = {
    width: pdf.internal.pageSize.getWidth(),
    height: pdf.internal.pageSize.getHeight(),
  };
  await svg2pdf(pdfReadyMap(svg, pdfFont), pdf, {
    x: (page.width - box.width) / 2,
    y: (page.height - box.height) / 2,
    width: box.width,
    height: box.height,
  });
  return pdf.output('blob');
}
