/** What paints an SVG shape or text: the properties a picture of it needs to look the same. */
const paintProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * Runs a drawing of `root` with the stylesheet's paint written on every SVG shape inside it, then
 * puts each shape's own style back. html-to-image copies an SVG as it is, without the computed
 * styles it copies for HTML, so shapes painted by class (the goal timeline's stripes and grid)
 * would come out black or not at all.
 */
export async function withSvgPaintInlined<T>(root: Element, draw: () => Promise<T>): Promise<T> {
  const shapes = Array.from(root.querySelectorAll<SVGElement>('svg *'));
  const saved = shapes.map((shape) => shape.getAttribute('style'));
  for (const shape of shapes) {
    const computed = getComputedStyle(shape);
    for (const property of paintProperties) {
      if (shape.style.getPropertyValue(property) === '') {
        shape.style.setProperty(property, computed.getPropertyValue(property));
      }
    }
  }
  try {
    return await draw();
  } finally {
    shapes.forEach((shape, index) => {
      const style = saved[index];
      if (style === null || style === undefined) shape.removeAttribute('style');
      else shape.setAttribute('style', style);
    });
  }
}
