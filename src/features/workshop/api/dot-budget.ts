import { useCallback, useSyncExternalStore } from 'react';
import { defaultDotsPerPerson, maxDotsPerPerson } from '../../../core/dot-votes';

/**
 * How many dots each person gets, per roadmap and vote, in this browser's localStorage: it is
 * how the room is run today, like the timer, not part of the roadmap's data.
 */
const keyOf = (roadmapId: string, stage: string) => `rotta.dots.${roadmapId}.${stage}`;
const listeners = new Set<() => void>();

function readBudget(key: string): number {
  try {
    const stored = Number(localStorage.getItem(key));
    if (Number.isInteger(stored) && stored >= 1 && stored <= maxDotsPerPerson) return stored;
  } catch {
    // No storage: the default.
  }
  return defaultDotsPerPerson;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The dots per person of one vote, and a way to change them (bounded to 1-10). */
export function useDotBudget(roadmapId: string, stage: string): [number, (dots: number) => void] {
  const key = keyOf(roadmapId, stage);
  const budget = useSyncExternalStore(subscribe, () => readBudget(key));
  const setBudget = useCallback(
    (dots: number) => {
      const bounded = Math.min(maxDotsPerPerson, Math.max(1, Math.round(dots)));
      try {
        localStorage.setItem(key, String(bounded));
      } catch {
        // Not kept past this page.
      }
      listeners.forEach((listener) => listener());
    },
    [key],
  );
  return [budget, setBudget];
}
