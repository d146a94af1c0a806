import {
  formatNumberInput,
  numberProblemMessage,
  numberRules,
  parseNumber,
} from '../../../core/numbers';
import type { Problem } from '../../../lib/describe-issue';
import type { SavingsPlanValues } from './channel';

/** The plan as typed: numbers are still text, so a half-typed "2," is not lost. */
export interface ShiftDraft {
  key: string;
  from: string;
  to: string;
  share: string;
}
export interface PlanDraft {
  shifts: ShiftDraft[];
  /** Failure rate of the new channel (%). */
  failureRate: string;
  /** Share of the failures that call back (%). */
  failure: string;
}

export type PlanValues = SavingsPlanValues;

/** The seed's lower figure: after an unanswered first attempt, 54-71% of customers call. */
export const defaultFailureShare = 54;
/**
 * A new plan's failure rate of the new channel. The method gives no figure for it: this is a
 * cautious starting guess that the form asks the team to replace with their own (a pilot's).
 */
export const defaultFailureRate = 20;

export function planDraftFrom(plan: PlanValues | null, language: string): PlanDraft {
  return {
    shifts: (plan?.shifts ?? []).map((shift, index) => ({
      key: `stored-${index}`,
      from: shift.fromChannelId,
      to: shift.toChannelId,
      share: formatNumberInput(shift.sharePercent, language),
    })),
    failureRate: formatNumberInput(plan?.failureRatePercent ?? defaultFailureRate, language),
    failure: formatNumberInput(plan?.failureSharePercent ?? defaultFailureShare, language),
  };
}

/** A share of contacts, 0-100 and required; a missing or out-of-range one asks for a percentage. */
function readPercent(text: string, language: string): { value: number } | { problem: Problem } {
  const read = parseNumber(text, language, numberRules.percent);
  if (read.ok) return { value: read.value };
  const isRange = read.problem === 'outOfRange' || read.problem === 'required';
  return {
    problem: isRange ? { key: 'savings.percentNeeded' } : numberProblemMessage(read, language),
  };
}

/** Where a problem is (`failureRate`, `failure`, `<key>-share`, `<key>-to`) -> catalog key and values. */
export type PlanErrors = Record<string, Problem>;

/**
 * Checks the typed plan: percentages 0-100, two different channels per shift, and no channel
 * giving away more than all its contacts. Returns the plan to save only when all is well.
 */
export function readPlanDraft(
  draft: PlanDraft,
  channelName: (channelId: string) => string,
  language: string,
): { plan: PlanValues | null; errors: PlanErrors } {
  const errors: PlanErrors = {};
  const rateRead = readPercent(draft.failureRate, language);
  const failureRate = 'value' in rateRead ? rateRead.value : null;
  if ('problem' in rateRead) errors.failureRate = rateRead.problem;
  const failureRead = readPercent(draft.failure, language);
  const failure = 'value' in failureRead ? failureRead.value : null;
  if ('problem' in failureRead) errors.failure = failureRead.problem;
  const totals = new Map<string, number>();
  const shifts: PlanValues['shifts'] = [];
  for (const shift of draft.shifts) {
    const read = readPercent(shift.share, language);
    if ('problem' in read) errors[`${shift.key}-share`] = read.problem;
    if (shift.from === shift.to) errors[`${shift.key}-to`] = { key: 'savings.sameChannel' };
    if (!('value' in read)) continue;
    const share = read.value;
    const total = (totals.get(shift.from) ?? 0) + share;
    totals.set(shift.from, total);
    if (total > 100)
      errors[`${shift.key}-share`] = {
        key: 'savings.overHundred',
        values: { name: channelName(shift.from) },
      };
    shifts.push({ fromChannelId: shift.from, toChannelId: shift.to, sharePercent: share });
  }
  const isValid = Object.keys(errors).length === 0 && failure !== null && failureRate !== null;
  return {
    plan: isValid
      ? { shifts, failureRatePercent: failureRate, failureSharePercent: failure }
      : null,
    errors,
  };
}
