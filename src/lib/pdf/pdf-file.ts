// Loaded only with import() when a PDF is asked for: jsPDF and the fonts stay out of every page's
// first load.
import boldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import { jsPDF } from 'jspdf';

/**
 * Arimo has Arial's (and Liberation Sans') metrics, the widths the app's SVG line breaking
 * assumes, so a PDF breaks and fits its texts as the screen does. It is embedded (as the glyphs
 * used), so the file looks the same on any computer and its text can be selected and searched.
 * Nothing sets bold italic, so three faces are enough.
 */
export const pdfFont = 'Arimo';
/** Each face: its file, its name among jsPDF's files, and its style. */
const fontFiles = [
  { url: regularUrl, name: 'Arimo', style: 'normal' },
  { url: boldUrl, name: 'Arimo-Bold', style: 'bold' },
  { url: italicUrl, name: 'Arimo-Italic', style: 'italic' },
] as const;

export interface PdfFileDetails {
  paper: 'a4' | 'a3';
  orientation: 'landscape' | 'portrait';
  title: string;
  /** The language of the words, for screen readers and search in the PDF. */
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

/** An empty PDF in millimetres with Arimo embedded and set, and its title and language. */
export async function createPdfFile(details: PdfFileDetails): Promise<jsPDF> {
  const fonts = await Promise.all(fontFiles.map((file) => fetchBinaryString(file.url)));
  const pdf = new jsPDF({
    orientation: details.orientation,
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
  return pdf;
}
