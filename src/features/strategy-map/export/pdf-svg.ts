import { cleanXmlText } from './export-map';

/**
 * A copy of the map that the PDF drawing reads as the browser shows it:
 * - every text names the embedded font first (the others stay as the fallbacks of a viewer), so
 *   no text falls back to a standard PDF font that would be neither embedded nor the same shape;
 * - a label loses its halo (`paint-order="stroke"`, the positioning chart's names): the PDF would
 *   stroke it over the letters, and a second copy of the text under them would make every name
 *   read twice when the text is copied or searched;
 * - the texts are cleaned as for the SVG file.
 * The map on the page is not touched.
 */
export function pdfReadyMap(svg: SVGSVGElement, fontFamily: string): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('class');
  copy.removeAttribute('data-drawn');
  for (const element of [copy, ...Array.from(copy.querySelectorAll('[font-family]'))]) {
    const families = element.getAttribute('font-family');
    element.setAttribute('font-family', families ? `${fontFamily}, ${families}` : fontFamily);
  }
  for (const text of Array.from(copy.querySelectorAll('text[paint-order="stroke"]'))) {
    for (const name of ['paint-order', 'stroke', 'stroke-width', 'stroke-linejoin']) {
      text.removeAttribute(name);
    }
  }
  cleanXmlText(copy);
  return copy;
}
