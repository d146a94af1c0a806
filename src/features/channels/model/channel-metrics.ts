import {
  numberRules,
  optional,
  parseNumber,
  type NumberReading,
  type NumberRule,
} from '../../../core/numbers';
import type { Channel } from './channel';

/** The numbers kept for a channel in use (performance, 1-5, is chosen, not typed). */
export const metricFields = [
  'monthlyContacts',
  'costPerContact',
  'responseTimeHours',
  'satisfaction',
] as const;
export type MetricField = (typeof metricFields)[number];

/** What each metric accepts; all may be empty (not known yet). */
export const metricRules = {
  monthlyContacts: optional(numberRules.count),
  costPerContact: optional(numberRules.amount),
  responseTimeHours: optional(numberRules.amount),
  satisfaction: optional(numberRules.percent),
} as const satisfies Record<MetricField, NumberRule>;

/** Reads one of a channel's metrics as typed in the UI language; empty is null (unknown). */
export function readMetric(
  field: MetricField,
  text: string,
  language: string,
): NumberReading<number | null> {
  return parseNumber(text, language, metricRules[field]);
}

export type MetricValues = Pick<Channel, MetricField>;
