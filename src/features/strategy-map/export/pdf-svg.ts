import { cleanXmlText } from './export-map';

/**
 * Signs the map writes that the embedded font has no glyph for, with the nearest one it has: the
 * PDF would show an empty box where a browser falls back to another font. (U+26A0, the people
 * section's warning before the gaps no module covers.)
 */
const standIns: Record<string, string> = { '\u26A0': '\u25B2' };
const standInPattern = new RegExp(`[${Object.keys(standIns).join('')}]`, 'gu');

function putStandIns(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const replaced = text.replace(standInPattern, (sign) => standIns[sign] ?? sign);
    if (replaced !== text) node.nodeValue = replaced;
  }
}

/**
 * A copy of the map that the PDF drawing reads as the browser shows it:
 * - every text names the embedded font first (the others stay as the fallbacks of a viewer), so
 *   no text falls back to a standard PDF font that would be neither embedded nor the same shape;
 * - a label loses its halo (`paint-order="stroke"`, the positioning chart's names): the PDF would
 *   stroke it over the letters, and a second copy of the text under them would make every name
 *   read twice when the text is copied or searched;
 * - a sign the font lacks is drawn with its stand-in;
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
  putStandIns(copy);
  cleanXmlText(copy);
  return copy;
}
