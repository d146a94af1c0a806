import type { SavingsPlan } from './channel';

/** The plan as typed: numbers are still text, so a half-typed "2," is not lost. */
export interface ShiftDraft {
  key: string;
  from: string;
  to: string;
  share: string;
}
export interface PlanDraft {
  shifts: ShiftDraft[];
  failure: string;
}

export type PlanValues = Pick<SavingsPlan, 'shifts' | 'failureSharePercent'>;

/** The seed's lower figure: after an unanswered first attempt, 54-71% of customers call. */
export const defaultFailureShare = 54;

export function planDraftFrom(plan: PlanValues | null): PlanDraft {
  return {
    shifts: (plan?.shifts ?? []).map((shift, index) => ({
      key: `stored-${index}`,
      from: shift.fromChannelId,
      to: shift.toChannelId,
      share: String(shift.sharePercent),
    })),
    failure: String(plan?.failureSharePercent ?? defaultFailureShare),
  };
}

function readPercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/** Where a problem is (`failure`, `<key>-share`, `<key>-to`) -> catalog key and values. */
export type PlanErrors = Record<string, { key: string; values?: Record<string, string> }>;

/**
 * Checks the typed plan: percentages 0-100, two different channels per shift, and no channel
 * giving away more than all its contacts. Returns the plan to save only when all is well.
 */
export function readPlanDraft(
  draft: PlanDraft,
  channelName: (channelId: string) => string,
): { plan: PlanValues | null; errors: PlanErrors } {
  const errors: PlanErrors = {};
  const failure = readPercent(draft.failure);
  if (failure === null) errors.failure = { key: 'savings.percentNeeded' };
  const totals = new Map<string, number>();
  const shifts: PlanValues['shifts'] = [];
  for (const shift of draft.shifts) {
    const share = readPercent(shift.share);
    if (share === null) errors[`${shift.key}-share`] = { key: 'savings.percentNeeded' };
    if (shift.from === shift.to) errors[`${shift.key}-to`] = { key: 'savings.sameChannel' };
    if (share === null) continue;
    const total = (totals.get(shift.from) ?? 0) + share;
    totals.set(shift.from, total);
    if (total > 100)
      errors[`${shift.key}-share`] = {
        key: 'savings.overHundred',
        values: { name: channelName(shift.from) },
      };
    shifts.push({ fromChannelId: shift.from, toChannelId: shift.to, sharePercent: share });
  }
  const isValid = Object.keys(errors).length === 0 && failure !== null;
  return {
    plan: isValid ? { shifts, failureSharePercent: failure } : null,
    errors,
  };
}
