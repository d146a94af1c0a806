// Loaded with import() when "Download PDF" is pressed: jsPDF, svg2pdf.js and the fonts stay out of
// the map page's first load.
import { svg2pdf } from 'svg2pdf.js';
import { createPdfFile, pdfFont } from '../../../lib/pdf/pdf-file';
import { printBox, type Paper } from '../model/paper';
import { pdfReadyMap } from './pdf-svg';

export interface MapPdfDetails {
  paper: Paper;
  title: string;
  /** The language of the map's words, for screen readers and search in the PDF. */
  language: 'en' | 'it';
}

/**
 * The map as a one-page landscape PDF on the chosen paper, drawn as vectors with the same box as
 * the print (printBox), centred on the sheet.
 */
export async function renderMapPdf(svg: SVGSVGElement, details: MapPdfDetails): Promise<Blob> {
  const pdf = await createPdfFile({ ...details, orientation: 'landscape' });
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
