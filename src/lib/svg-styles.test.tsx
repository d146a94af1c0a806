import { afterEach, describe, expect, it } from 'vitest';
import { withSvgPaintInlined } from './svg-styles';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('drawing an SVG painted by the stylesheet', () => {
  it('writes the paint on each shape while drawing, then puts the shapes back as they were', async () => {
    document.head.innerHTML = '<style>.stripe { fill: #faf9f6; stroke: #e3dfd6; }</style>';
    document.body.innerHTML = `<section>
      <svg><rect class="stripe" width="10" height="10"></rect>
      <rect class="bar" style="fill: red" width="10" height="10"></rect></svg></section>`;
    const [stripe, bar] = Array.from(document.querySelectorAll<SVGElement>('rect'));
    const seen = await withSvgPaintInlined(document.body, async () => ({
      stripe: stripe?.style.getPropertyValue('fill'),
      stroke: stripe?.style.getPropertyValue('stroke'),
      bar: bar?.style.getPropertyValue('fill'),
    }));
    expect(seen.stripe).toMatch(/#faf9f6|rgb\(250, 249, 246\)/);
    expect(seen.stroke).toMatch(/#e3dfd6|rgb\(227, 223, 214\)/);
    // What a shape sets itself stays its own.
    expect(seen.bar).toBe('red');
    expect(stripe?.hasAttribute('style')).toBe(false);
    expect(bar?.getAttribute('style')).toBe('fill: red');
  });

  it('puts the shapes back when the drawing fails', async () => {
    document.body.innerHTML = '<svg><circle r="2"></circle></svg>';
    const circle = document.querySelector('circle');
    await expect(
      withSvgPaintInlined(document.body, () => Promise.reject(new Error('no canvas'))),
    ).rejects.toThrow('no canvas');
    expect(circle?.hasAttribute('style')).toBe(false);
  });
});
