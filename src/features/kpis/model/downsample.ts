export interface Point {
  x: number;
  y: number;
}

/** At most this many points per pixel of chart width: more cannot be seen, only slow drawing. */
export const pointsPerPixel = 4;

export function pointLimit(widthPx: number): number {
  return Math.max(2, Math.floor(widthPx * pointsPerPixel));
}

/**
 * Min/max bucketing: splits the points (sorted by x) into buckets and keeps, from each, its lowest
 * and highest point in x order, plus the first and last point overall. Peaks and dips survive,
 * which plain "every nth point" sampling would drop. Never returns more than `limit` points.
 */
export function downsample<T extends Point>(points: readonly T[], limit: number): T[] {
  const max = Math.max(2, Math.floor(limit));
  if (points.length <= max) return [...points];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const inner = points.slice(1, -1);
  const buckets = Math.floor((max - 2) / 2);
  const kept: T[] = [first];
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const start = Math.floor((bucket * inner.length) / buckets);
    const end = Math.floor(((bucket + 1) * inner.length) / buckets);
    if (end <= start) continue;
    let low = inner[start]!;
    let high = inner[start]!;
    for (let index = start + 1; index < end; index += 1) {
      const point = inner[index]!;
      if (point.y < low.y) low = point;
      if (point.y > high.y) high = point;
    }
    if (low === high) kept.push(low);
    else if (low.x <= high.x) kept.push(low, high);
    else kept.push(high, low);
  }
  kept.push(last);
  return kept;
}
