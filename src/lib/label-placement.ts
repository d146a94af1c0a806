/**
 * Where the positioning chart draws its points and their names. Scores are averages of 1-5, so
 * companies often land on the same spot or next to one another: points that would cover each
 * other are fanned out a little around their common centre, and every name gets a box that covers
 * no other name and no point, close to its point, or further out with a leader line.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PointToLabel {
  id: string;
  /** Where the scores put the point. */
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
  labelHeight: number;
}

export interface PlacedPoint {
  id: string;
  /** Where the point is drawn: its true place, or a few pixels off when others share it. */
  x: number;
  y: number;
  radius: number;
  label: Rect;
  /** From the point's edge to the label's box, when the label sits away from its point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Points whose circles come closer than this are spread. */
const pointGap = 2;
/** Space between a point and a label next to it. */
const labelGap = 4;

/** Fans out points that overlap around the centre of their group; the first keeps the top. */
export function spreadPoints(
  points: readonly PointToLabel[],
  bounds: Rect,
): { id: string; x: number; y: number; radius: number }[] {
  // Group points whose circles touch, transitively (a chain of near points is one group).
  const group = points.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (group[current] !== current) current = group[current]!;
    return current;
  };
  points.forEach((a, i) => {
    points.forEach((b, j) => {
      if (j <= i) return;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + pointGap) {
        group[root(j)] = root(i);
      }
    });
  });
  const members = new Map<number, number[]>();
  points.forEach((_, index) => {
    const key = root(index);
    members.set(key, [...(members.get(key) ?? []), index]);
  });
  const placed = points.map(({ id, x, y, radius }) => ({ id, x, y, radius }));
  for (const indexes of members.values()) {
    if (indexes.length < 2) continue;
    const inGroup = indexes.map((index) => points[index]!);
    const largest = Math.max(...inGroup.map((point) => point.radius));
    // A circle on which neighbours stand a full diameter apart.
    const ring = Math.max(
      largest + pointGap,
      ((2 * largest + pointGap) * indexes.length) / (2 * Math.PI),
    );
    const margin = ring + largest;
    const cx = clamp(
      inGroup.reduce((sum, point) => sum + point.x, 0) / inGroup.length,
      bounds.left + margin,
      bounds.right - margin,
    );
    const cy = clamp(
      inGroup.reduce((sum, point) => sum + point.y, 0) / inGroup.length,
      bounds.top + margin,
      bounds.bottom - margin,
    );
    indexes.forEach((index, order) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * order) / indexes.length;
      placed[index] = {
        ...placed[index]!,
        x: cx + ring * Math.cos(angle),
        y: cy + ring * Math.sin(angle),
      };
    });
  }
  return placed;
}

function clamp(value: number, low: number, high: number): number {
  if (low > high) return (low + high) / 2;
  return Math.min(high, Math.max(low, value));
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function circleBox(point: { x: number; y: number; radius: number }): Rect {
  return {
    left: point.x - point.radius,
    top: point.y - point.radius,
    right: point.x + point.radius,
    bottom: point.y + point.radius,
  };
}

/** A candidate place for a name: how much it covers (names, points, outside), and crosses. */
interface ScoredPlace {
  box: Rect;
  covers: number;
  crosses: number;
}

/** Directions to try, nearest-looking first: right, left, above, below, then the diagonals. */
const directions: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/** The label box on one side of a point, `distance` pixels beyond the point's edge. */
function boxBeside(
  point: { x: number; y: number; radius: number },
  [dx, dy]: [number, number],
  distance: number,
  width: number,
  height: number,
): Rect {
  const reach = point.radius + distance;
  const left = dx > 0 ? point.x + reach : dx < 0 ? point.x - reach - width : point.x - width / 2;
  const top = dy > 0 ? point.y + reach : dy < 0 ? point.y - reach - height : point.y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}

/** The leader from the point's edge towards the nearest point of the label's box. */
function leaderTo(
  point: { x: number; y: number; radius: number },
  box: Rect,
): PlacedPoint['leader'] {
  const nx = clamp(point.x, box.left, box.right);
  const ny = clamp(point.y, box.top, box.bottom);
  const length = Math.hypot(nx - point.x, ny - point.y);
  if (length <= point.radius + labelGap + 2) return null;
  const ux = (nx - point.x) / length;
  const uy = (ny - point.y) / length;
  return {
    x1: point.x + ux * point.radius,
    y1: point.y + uy * point.radius,
    x2: nx,
    y2: ny,
  };
}

/**
 * Spreads the points, then places the labels in the given order (put the own company first: it
 * gets the nearest free place). With `spreadPoints: false` the points stay where they are, for
 * charts that draw the points themselves. Each label goes to the first candidate place, ever further out,
 * that stays within `bounds` and covers no other label and no point, the one crossing least of
 * `avoid` among those as near; when none is free, to the place that covers least.
 */
export function placeLabels(
  points: readonly PointToLabel[],
  bounds: Rect,
  options: {
    spreadPoints?: boolean;
    /**
     * Marks a name had better not cross, as boxes (a chart's reference lines, a few pixels thick):
     * a line through a name reads as a strike-through. A name takes another place as near its
     * point to keep clear of them, never one further out or over another name.
     */
    avoid?: readonly Rect[];
  } = {},
): PlacedPoint[] {
  const avoid = options.avoid ?? [];
  const spread =
    options.spreadPoints === false
      ? points.map(({ id, x, y, radius }) => ({ id, x, y, radius }))
      : spreadPoints(points, bounds);
  const circles = spread.map(circleBox);
  const labels: Rect[] = [];
  return spread.map((point, index) => {
    const { labelWidth: width, labelHeight: height } = points[index]!;
    const rings = [0, 1, 2, 3, 5].map((heights) =>
      directions.map((direction) =>
        boxBeside(point, direction, labelGap + heights * height, width, height),
      ),
    );
    const covers = (box: Rect) =>
      (inside(box, bounds) ? 0 : 1e9) +
      labels.reduce((sum, label) => sum + overlapArea(box, label), 0) +
      circles.reduce((sum, circle) => sum + overlapArea(box, circle), 0);
    const crosses = (box: Rect) => avoid.reduce((sum, mark) => sum + overlapArea(box, mark), 0);
    /** The candidate that covers least, then crosses least; the first one on a tie. */
    const least = (scored: readonly ScoredPlace[]) =>
      scored.reduce((best, next) =>
        next.covers < best.covers || (next.covers === best.covers && next.crosses < best.crosses)
          ? next
          : best,
      );
    // The nearest ring with a place that covers nothing; in it, the place that crosses least. A
    // line through a name is better than a name far from its point. Rings further out are only
    // scored when the nearer ones are taken.
    const scored: ScoredPlace[] = [];
    let best: Rect | undefined;
    for (const ring of rings) {
      const ringScored = ring.map((box) => ({ box, covers: covers(box), crosses: crosses(box) }));
      scored.push(...ringScored);
      const nearest = least(ringScored);
      if (nearest.covers === 0) {
        best = nearest.box;
        break;
      }
    }
    best ??= least(scored).box;
    labels.push(best);
    return { ...point, label: best, leader: leaderTo(point, best) };
  });
}
