import type { Channel } from './channel';

/** The numbers kept for a channel in use (performance, 1-5, is chosen, not typed). */
export const metricFields = [
  'monthlyContacts',
  'costPerContact',
  'responseTimeHours',
  'satisfaction',
] as const;
export type MetricField = (typeof metricFields)[number];

export type NumberProblem = 'notNumber' | 'negative' | 'overHundred';

export type ReadNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/**
 * Reads a typed amount: "5.2" and "5,2" alike, empty as null (unknown). Anything that is not a
 * finite number of 0 or more is refused, and a percent may not exceed 100.
 */
export function readAmount(text: string, options: { isPercent?: boolean } = {}): ReadNumber {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return { ok: false, problem: 'notNumber' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notNumber' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (options.isPercent && value > 100) return { ok: false, problem: 'overHundred' };
  return { ok: true, value };
}

/** Reads one of a channel's metrics; satisfaction is a percent. */
export function readMetric(field: MetricField, text: string): ReadNumber {
  return readAmount(text, { isPercent: field === 'satisfaction' });
}

/** How a stored amount is shown in its field: as typed, without a trailing ".0". */
export function amountText(value: number | null): string {
  return value === null ? '' : String(value);
}

export type MetricValues = Pick<Channel, MetricField>;

/** Decimals to show a share with: none for whole percents ("2%"), one otherwise ("44.5%"). */
export function shareDecimals(value: number): 0 | 1 {
  return Math.round(value * 10) % 10 === 0 ? 0 : 1;
}
