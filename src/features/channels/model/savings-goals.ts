import { addMonths } from '../../../lib/calendar';
import type { Goal } from '../../goals';
import type { Channel } from './channel';
import { channelCatalogue } from './channel-catalogue';
import type { SavingsResult } from './savings';

/** Channels the calculator works on: in use or planned. */
export const isSavingsChannel = (channel: Pick<Channel, 'status'>) =>
  channel.status === 'in-use' || channel.status === 'planned';

/** The cost the calculator uses: the user's own, else the catalogue's typical cost. */
export function effectiveCost(channel: Pick<Channel, 'catalogKey' | 'costPerContact'>): number {
  return (
    channel.costPerContact ??
    (channel.catalogKey ? channelCatalogue[channel.catalogKey].typicalCost : 0)
  );
}

/** The roadmap's channels with a cost filled in wherever the catalogue has a typical one. */
export function withEffectiveCosts(channels: readonly Channel[]): Channel[] {
  return channels.map((channel) => ({ ...channel, costPerContact: effectiveCost(channel) }));
}

export interface GoalTarget {
  baseline: number;
  target: number;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Targets for stage 2's "lower average cost per interaction" (euro, two decimals) and "fewer
 * calls" (phone contacts per month) goals. A target is given only where the plan lowers the
 * number, since both goals must end below their baseline.
 */
export function savingsGoalTargets(
  result: SavingsResult,
  channels: readonly Pick<Channel, 'id' | 'catalogKey' | 'status'>[],
): { lowerCost: GoalTarget | null; fewerCalls: GoalTarget | null } {
  let lowerCost: GoalTarget | null = null;
  if (result.averageCostBefore !== null && result.averageCostAfter !== null) {
    const baseline = round(result.averageCostBefore, 2);
    const target = round(result.averageCostAfter, 2);
    if (target < baseline) lowerCost = { baseline, target };
  }
  let fewerCalls: GoalTarget | null = null;
  const phone = channels.find(
    (channel) => channel.catalogKey === 'phone' && channel.status === 'in-use',
  );
  const volume = result.channels.find((row) => row.channelId === phone?.id);
  if (volume) {
    const baseline = Math.round(volume.contactsBefore);
    const target = Math.round(volume.contactsAfter);
    if (target < baseline) fewerCalls = { baseline, target };
  }
  return { lowerCost, fewerCalls };
}

export type SavingsGoalKey = 'lower-cost' | 'fewer-calls';

/** The goal fields "Use as goal target" shows and may change. */
export type SavingsGoalRow = Pick<
  Goal,
  'id' | 'catalogKey' | 'title' | 'baseline' | 'target' | 'direction'
>;

/** One goal "Use as goal target" would change (before and after), or create (`goal: null`). */
export interface SavingsGoalChange {
  catalogKey: SavingsGoalKey;
  goal: SavingsGoalRow | null;
  baseline: number;
  target: number;
  /** The new target asks for less than the target the goal has now (both goals go down). */
  isLessAmbitious: boolean;
}

/**
 * What applying the plan's targets would do to the roadmap's goals: each goal of that kind gets
 * the new baseline and target, a missing one is created. A goal that already has exactly these
 * numbers is left out, so the team confirms only real changes.
 */
export function savingsGoalChanges(
  targets: ReturnType<typeof savingsGoalTargets>,
  goals: readonly SavingsGoalRow[],
): SavingsGoalChange[] {
  const work: [SavingsGoalKey, GoalTarget | null][] = [
    ['lower-cost', targets.lowerCost],
    ['fewer-calls', targets.fewerCalls],
  ];
  const changes: SavingsGoalChange[] = [];
  for (const [catalogKey, numbers] of work) {
    if (!numbers) continue;
    const goal = goals.find((row) => row.catalogKey === catalogKey) ?? null;
    const isSame =
      goal !== null &&
      goal.baseline === numbers.baseline &&
      goal.target === numbers.target &&
      goal.direction === 'decrease';
    if (isSame) continue;
    changes.push({
      catalogKey,
      goal,
      ...numbers,
      isLessAmbitious: goal !== null && goal.target !== null && numbers.target > goal.target,
    });
  }
  return changes;
}

/** A created goal's deadline until the team picks one: a year from its start, shown and editable. */
export const defaultSavingsGoalDeadline = (today: string) => addMonths(today, 12);
