/**
 * The map's own palette and type. The SVG carries its colours as attributes (not CSS classes) so
 * the exported file looks the same in a slide tool; the values match the app's variables.
 */
export const mapColors = {
  ink: '#17212b',
  muted: '#4a5866',
  line: '#cfc8ba',
  panel: '#f6f3ec',
  brand: '#0f3d5e',
  brandSoft: '#e3ebf1',
  /** The own company, as in every chart of the app. */
  accent: '#b86e00',
  accentSoft: '#fbe9c8',
  competitor: '#8796a3',
  ok: '#1d6b3a',
  warn: '#8a4b00',
  danger: '#a32222',
  white: '#ffffff',
} as const;

/** Arial-metric fonts first: their widths are what the line-breaking estimate assumes. */
export const mapFont = "Arial, 'Liberation Sans', Helvetica, 'Segoe UI', sans-serif";

/** The page in the √2 ratio of A-series paper, so one drawing fits A4 and A3 alike. */
export const mapSize = { width: 1414, height: 1000 } as const;

export const mapGrid = {
  margin: 36,
  stand: { x: 36, width: 316 },
  means: { x: 372, width: 654 },
  go: { x: 1046, width: 332 },
  bodyTop: 184,
  bodyBottom: 738,
  bandTop: 756,
  bandBottom: 952,
} as const;
