/**
 * The detail chart's value axis, worked out here rather than left to the chart library: the ticks
 * are round numbers that cover every value, and the axis is as wide as its longest label, so
 * "31,700 calls/month" is never cut at the chart's left edge.
 */

/** Round ticks (1, 2 or 5 times a power of ten apart) from below the lowest to above the highest value. */
export function valueTicks(values: readonly number[], count = 5): number[] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [0, 1];
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    // One value alone still needs an axis around it.
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((size) => size >= rough) ?? rough;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not print as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let tick = first; tick <= last + step / 2; tick += step) {
    ticks.push(Number(tick.toFixed(decimals)));
  }
  return ticks;
}

/** Width in em of one character in a common sans-serif font; leans wide so labels never overflow. */
function charWidth(char: string): number {
  if ("il.,:;|!'’ ".includes(char)) return 0.32;
  if ('rtfj-/()'.includes(char)) return 0.42;
  if ('mwMW%@'.includes(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.58;
  return 0.58;
}

export function estimateLabelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/** The axis width that fits the longest label, plus the tick mark and a little air. */
export function valueAxisWidth(
  labels: readonly string[],
  fontSize: number,
  maxWidth: number,
): number {
  const longest = Math.max(0, ...labels.map((label) => estimateLabelWidth(label, fontSize)));
  return Math.min(maxWidth, Math.ceil(longest + 18));
}
