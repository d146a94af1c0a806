import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmapFile } from '../../../test/generators';
import { renderWithProviders, resetForComponentTest } from '../../../test/render';
import { mapLayouts } from '../components/map-theme';
import { StrategyMapSvg } from '../components/strategy-map-svg';
import { sourceFromFile } from '../model/source-from-rows';
import { summarizeStrategyMap } from '../model/summarize-map';
import { serializeMap } from './export-map';

/** Every character XML 1.0 cannot carry: C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. */
const illegal = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (character) => !['\t', '\n', '\r'].includes(character),
  ),
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
].join('');
const xmlIllegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The fields people type that the map draws: they get every such character, as old data might. */
const textKeys = new Set(['name', 'company', 'author', 'title', 'unit', 'benefit', 'description']);

function dirty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dirty) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === 'string' && textKeys.has(key) && inner !== ''
        ? `${inner.slice(0, 3)}${illegal}${inner.slice(3)}`
        : dirty(inner),
    ]),
  ) as T;
}

function parseSvg(text: string) {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

beforeEach(resetForComponentTest);

describe('the strategy map as an SVG file', () => {
  it('is refused by an XML parser when a control character gets through', () => {
    // The check below would prove nothing if this parser let such characters pass.
    const raw = '<svg xmlns="http://www.w3.org/2000/svg"><text>A\u000bB</text></svg>';
    expect(parseSvg(raw).querySelector('parsererror')).not.toBeNull();
  });

  it('parses as XML whatever control characters the stored texts hold', () => {
    const file = dirty(
      makeRoadmapFile(4, { goals: 3, channels: 4, kpis: 3, phases: 2, touchpoints: 4, roles: 2 }),
    );
    file.roadmap.name = `Libeccio\u000bAir${illegal}`;
    file.roadmap.company = `Tramontana\u000cS.p.A.${illegal}`;
    const map = summarizeStrategyMap(sourceFromFile(file), '2026-12-31');
    const { container } = renderWithProviders(
      <StrategyMapSvg map={map} today="2026-12-31" layout={mapLayouts.a4} />,
    );
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no map drawn');
    // The drawing on the page does carry them: the export is what must not.
    expect(svg.outerHTML).toMatch(xmlIllegal);

    const text = serializeMap(svg);
    expect(text).not.toMatch(xmlIllegal);
    const parsed = parseSvg(text);
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.textContent).toContain('Libeccio Air');
    expect(parsed.querySelector('title')?.textContent).toContain('Libeccio Air');
  });
});
