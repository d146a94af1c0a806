import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import { mapLayouts } from '../components/map-theme';
import { StrategyMapSvg } from '../components/strategy-map-svg';
import { sourceFromFile } from '../model/source-from-rows';
import { summarizeStrategyMap } from '../model/summarize-map';
import { pdfReadyMap } from './pdf-svg';

beforeEach(resetForComponentTest);

function drawnMap(name: string): SVGSVGElement {
  const file = makeRoadmapFile(3, { competitors: 3, assessors: 2, goals: 2, channels: 3, kpis: 2 });
  file.roadmap.name = name;
  const map = summarizeStrategyMap(sourceFromFile(file), '2026-12-31');
  const { container } = renderWithProviders(
    <StrategyMapSvg map={map} today="2026-12-31" layout={mapLayouts.a4} />,
  );
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no map drawn');
  return svg;
}

describe('the map as the PDF draws it', () => {
  it('names the embedded font first, keeping the others after it', () => {
    const svg = drawnMap('Libeccio Air');
    const copy = pdfReadyMap(svg, 'Arimo');
    expect(copy.getAttribute('font-family')).toBe(`Arimo, ${svg.getAttribute('font-family')}`);
    for (const element of Array.from(copy.querySelectorAll('[font-family]')))
      expect(element.getAttribute('font-family')).toMatch(/^Arimo, /);
  });

  it('draws the chart labels without the halo the PDF would paint over their letters', () => {
    const svg = drawnMap('Libeccio Air');
    expect(svg.querySelectorAll('text[paint-order="stroke"]').length).toBeGreaterThan(0);
    const copy = pdfReadyMap(svg, 'Arimo');
    expect(copy.querySelectorAll('text[paint-order], text[stroke]')).toHaveLength(0);
    // Each label once: a reader who searches the PDF finds every name a single time.
    expect(copy.querySelectorAll('text')).toHaveLength(svg.querySelectorAll('text').length);
  });

  it('draws the warning sign, which the embedded font lacks, as a triangle it has', () => {
    const svg = drawnMap('Libeccio Air');
    svg.querySelector('text')?.append('\u26A0 2 skill gaps');
    const copy = pdfReadyMap(svg, 'Arimo');
    expect(copy.textContent).not.toContain('\u26A0');
    expect(copy.textContent).toContain('\u25B2 2 skill gaps');
  });

  it('leaves the map on the page as it was and cleans the texts it copies', () => {
    const svg = drawnMap('Libeccio\u000bAir');
    const before = svg.outerHTML;
    const copy = pdfReadyMap(svg, 'Arimo');
    expect(svg.outerHTML).toBe(before);
    expect(copy.textContent).toContain('Libeccio Air');
    expect(copy.textContent).not.toContain('\u000b');
  });
});
