import { useCallback, useSyncExternalStore } from 'react';
import { idleTimer, timerStateSchema, type TimerState } from '../model/timer';

/**
 * The timer lives in this browser's localStorage, one key per roadmap: it is the room's clock,
 * not part of the roadmap, so it is not exported and not undone. Another tab sees it change.
 */
const keyOf = (roadmapId: string) => `rotta.timer.${roadmapId}`;

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; state: TimerState }>();

function read(roadmapId: string): TimerState {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyOf(roadmapId));
  } catch {
    // No storage: the timer still runs in this page.
  }
  const cached = cache.get(roadmapId);
  if (cached && cached.raw === raw) return cached.state;
  let state = idleTimer;
  if (raw !== null) {
    try {
      const parsed = timerStateSchema.safeParse(JSON.parse(raw));
      if (parsed.success) state = parsed.data;
    } catch {
      // A damaged entry is a stopped timer.
    }
  }
  cache.set(roadmapId, { raw, state });
  return state;
}

function write(roadmapId: string, state: TimerState) {
  const raw = JSON.stringify(state);
  cache.set(roadmapId, { raw, state });
  try {
    localStorage.setItem(keyOf(roadmapId), raw);
  } catch {
    // Kept in memory for this page.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key?.startsWith('rotta.timer.')) listener();
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** The roadmap's timer state and a way to change it. */
export function useTimerState(
  roadmapId: string,
): [TimerState, (change: (state: TimerState) => TimerState) => void] {
  const state = useSyncExternalStore(
    subscribe,
    () => read(roadmapId),
    () => idleTimer,
  );
  const update = useCallback(
    (change: (state: TimerState) => TimerState) => write(roadmapId, change(read(roadmapId))),
    [roadmapId],
  );
  return [state, update];
}
