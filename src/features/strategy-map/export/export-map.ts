import { isoDay } from '../../../lib/dates';
import { safeFileName } from '../../../lib/download';
import { toXmlText } from '../../../lib/xml-text';

/** The PNG is drawn at twice the map's size: sharp on slides and high-density screens. */
export const pngScale = 2;

/** "Libeccio Air – digital service 2027 – strategy map 2026-11-22.png" */
export function mapFileName(
  roadmapName: string,
  label: string,
  extension: 'png' | 'svg' | 'pdf' | 'pptx',
): string {
  return `${safeFileName(`${roadmapName} – ${label} ${isoDay()}`)}.${extension}`;
}

/**
 * Rewrites every text and attribute value below `root` with `toXmlText`: whatever is stored (a
 * control character in data saved before it was refused), the file stays valid XML, which the
 * serializer does not ensure and an image decoder requires.
 */
export function cleanXmlText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      const text = node.nodeValue ?? '';
      const clean = toXmlText(text);
      if (clean !== text) node.nodeValue = clean;
    } else if (node instanceof Element) {
      for (const attribute of Array.from(node.attributes)) {
        const clean = toXmlText(attribute.value);
        if (clean !== attribute.value) attribute.value = clean;
      }
    }
  }
}

/** The map as a standalone SVG file: the drawing on screen, without the page's hooks. */
export function serializeMap(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('class');
  copy.removeAttribute('data-drawn');
  // As a namespace declaration, not a plain attribute named `xmlns` (React's): a serializer that
  // follows the DOM spec (jsdom's) would otherwise write the declaration twice.
  copy.removeAttribute('xmlns');
  copy.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', 'http://www.w3.org/2000/svg');
  cleanXmlText(copy);
  const text = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** Draws the SVG text on a canvas `scale` times its size; no network, no dependency. */
export async function renderMapPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * pngScale;
    canvas.height = height * pngScale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no image'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export { downloadBlob } from '../../../lib/download';
