import { mapCaps, type MapCaps } from '../model/summarize-map';
import type { Paper } from '../model/paper';

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

export interface MapColumn {
  x: number;
  width: number;
}

/** Where everything sits on one sheet, in the drawing's units, and how much the sheet holds. */
export interface MapLayout {
  paper: Paper;
  /** The page in the √2 ratio of A-series paper. */
  size: { width: number; height: number };
  grid: {
    margin: number;
    stand: MapColumn;
    means: MapColumn;
    go: MapColumn;
    bodyTop: number;
    bodyBottom: number;
    bandTop: number;
    bandBottom: number;
  };
  /** The side of the positioning chart's square. */
  plotSize: number;
  /** The longest name a point of the chart may carry. */
  pointLabelWidth: number;
  /** The channels in use, left of the arrow to the planned ones. */
  inUseWidth: number;
  /** The roles column of the people section, names and head counts. */
  rolesWidth: number;
  kpisPerRow: number;
  caps: MapCaps;
}

/**
 * One layout per sheet, both printed at the same scale (0.192 mm a unit), so a 13-unit text is
 * 2.5 mm high on A4 and on A3 alike: A3 gets √2 times the units each way (its page box over A4's,
 * see use-print-paper.ts) and uses them for more rows and longer names, not larger type.
 */
export const mapLayouts = {
  a4: {
    paper: 'a4',
    size: { width: 1414, height: 1000 },
    grid: {
      margin: 36,
      stand: { x: 36, width: 316 },
      means: { x: 372, width: 654 },
      go: { x: 1046, width: 332 },
      bodyTop: 184,
      bodyBottom: 738,
      bandTop: 756,
      bandBottom: 952,
    },
    plotSize: 236,
    pointLabelWidth: 160,
    inUseWidth: 230,
    rolesWidth: 202,
    kpisPerRow: 4,
    caps: mapCaps.a4,
  },
  a3: {
    paper: 'a3',
    size: { width: 2017, height: 1426 },
    grid: {
      margin: 36,
      stand: { x: 36, width: 500 },
      means: { x: 556, width: 900 },
      go: { x: 1476, width: 505 },
      bodyTop: 184,
      bodyBottom: 1086,
      bandTop: 1104,
      bandBottom: 1378,
    },
    plotSize: 420,
    pointLabelWidth: 220,
    inUseWidth: 340,
    rolesWidth: 300,
    kpisPerRow: 5,
    caps: mapCaps.a3,
  },
} as const satisfies Record<Paper, MapLayout>;
