import type { Goal } from './goal';

/**
 * Goals in the order of their deadlines, the nearest first; goals without a deadline come last.
 * Ties keep the order the team gave them.
 */
export function sortGoalsByDeadline<T extends Pick<Goal, 'deadline' | 'position'>>(
  goals: readonly T[],
): T[] {
  return [...goals].sort((a, b) => {
    if (a.deadline !== b.deadline) {
      if (a.deadline === '') return 1;
      if (b.deadline === '') return -1;
      return a.deadline < b.deadline ? -1 : 1;
    }
    return a.position - b.position;
  });
}
