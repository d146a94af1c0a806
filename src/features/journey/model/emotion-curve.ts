import { emotionMax, emotionMin, type JourneyPhase } from './journey';

/** One scored phase on the curve, in the curve's own units (see `emotionCurve`). */
export interface EmotionPoint {
  phaseId: string;
  /** The phase's column, from 0. */
  index: number;
  emotion: number;
  x: number;
  y: number;
}

export interface EmotionCurve {
  /** Width and height of the drawing: one `columnWidth` per phase, `height` tall. */
  width: number;
  height: number;
  points: EmotionPoint[];
  /** Runs of neighbouring scored phases; a phase without a score breaks the line. */
  segments: EmotionPoint[][];
  /** One SVG path per segment (a lone point gives an empty path: it is drawn as a dot only). */
  paths: string[];
  /** The y of a neutral (0) feeling, for the guide line. */
  zeroY: number;
}

export interface CurveGeometry {
  columnWidth: number;
  height: number;
  /** Room kept above +2 and below -2 so dots and strokes are not cut. */
  padding: number;
}

const defaultGeometry: CurveGeometry = { columnWidth: 100, height: 100, padding: 12 };

/** Where a score sits vertically: +2 at the top, -2 at the bottom. */
export function emotionY(emotion: number, geometry: CurveGeometry = defaultGeometry): number {
  const span = geometry.height - 2 * geometry.padding;
  return geometry.padding + ((emotionMax - emotion) / (emotionMax - emotionMin)) * span;
}

/**
 * Monotone cubic interpolation (Fritsch–Carlson), written as SVG Bézier segments. Unlike a plain
 * spline it never swings above or below its points, so the curve cannot suggest a feeling
 * better than +2 or worse than -2, nor a bump between two equal scores.
 */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length < 2) return '';
  const round = (value: number) => Math.round(value * 100) / 100;
  const [first] = points;
  if (points.length === 2) {
    const last = points[1]!;
    return `M${round(first!.x)},${round(first!.y)}L${round(last.x)},${round(last.y)}`;
  }
  const slopes: number[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    slopes.push((b.y - a.y) / (b.x - a.x));
  }
  const tangents = points.map((_, i) => {
    if (i === 0) return slopes[0]!;
    if (i === points.length - 1) return slopes[slopes.length - 1]!;
    const before = slopes[i - 1]!;
    const after = slopes[i]!;
    // A peak or a valley (or a flat stretch) gets a flat tangent: no overshoot.
    if (before * after <= 0) return 0;
    return (2 * before * after) / (before + after);
  });
  let path = `M${round(first!.x)},${round(first!.y)}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const third = (b.x - a.x) / 3;
    path +=
      `C${round(a.x + third)},${round(a.y + tangents[i]! * third)} ` +
      `${round(b.x - third)},${round(b.y - tangents[i + 1]! * third)} ` +
      `${round(b.x)},${round(b.y)}`;
  }
  return path;
}

/**
 * The emotion curve across the map: a point in the middle of each scored phase's column, in phase
 * order, broken where a phase has no score yet (a line through it would invent a feeling).
 */
export function emotionCurve(
  phases: readonly Pick<JourneyPhase, 'id' | 'position' | 'emotion'>[],
  geometry: CurveGeometry = defaultGeometry,
): EmotionCurve {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  const points: EmotionPoint[] = [];
  const segments: EmotionPoint[][] = [];
  let current: EmotionPoint[] = [];
  ordered.forEach((phase, index) => {
    if (phase.emotion === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    const point: EmotionPoint = {
      phaseId: phase.id,
      index,
      emotion: phase.emotion,
      x: (index + 0.5) * geometry.columnWidth,
      y: emotionY(phase.emotion, geometry),
    };
    points.push(point);
    current.push(point);
  });
  if (current.length > 0) segments.push(current);
  return {
    width: ordered.length * geometry.columnWidth,
    height: geometry.height,
    points,
    segments,
    paths: segments.map((segment) => smoothPath(segment)),
    zeroY: emotionY(0, geometry),
  };
}
