/** What a numeric field accepts. Every field states its rule; nothing is left to the parser. */
export interface NumberRule {
  /** Empty text means "not known yet" and reads as null; otherwise it is `required`. */
  allowEmpty?: boolean;
  /** A count or an amount is never below zero; a change or a measured level may be. */
  allowNegative?: boolean;
  /** Whole numbers only (people, contacts, answers). */
  integer?: boolean;
  min?: number;
  max?: number;
  /** A % sign before or after the number is accepted and ignored. */
  percent?: boolean;
}

/** The kinds of numeric field the stages have, so that equal fields follow equal rules. */
export const numberRules = {
  /** People, contacts, answers: whole and never negative. */
  count: { integer: true },
  /** Money, hours, durations: 0 or more, decimals allowed. */
  amount: {},
  /** A difference between two figures: may be negative. */
  change: { allowNegative: true },
  /** A measured level (a goal's baseline, a KPI value): NPS and margins may be below zero. */
  measure: { allowNegative: true },
  /** A share of a whole, 0 to 100, typed with or without the % sign. */
  percent: { percent: true, min: 0, max: 100 },
} as const satisfies Record<string, NumberRule>;

/** The same rule, but empty text is allowed and reads as null. */
export function optional<Rule extends NumberRule>(rule: Rule): Rule & { allowEmpty: true } {
  return { ...rule, allowEmpty: true };
}

export type NumberProblem =
  'required' | 'malformed' | 'ambiguous' | 'tooLarge' | 'negative' | 'notInteger' | 'outOfRange';

/** Why a text was refused; `min` and `max` come with `outOfRange`, for the message. */
export interface NumberRefusal {
  ok: false;
  problem: NumberProblem;
  min?: number;
  max?: number;
}

export type NumberReading<Value = number | null> = { ok: true; value: Value } | NumberRefusal;
