import { useSyncExternalStore } from 'react';

export type TrackedState = 'pending' | 'writing' | 'failed';

const entries = new Map<string, TrackedState>();
const listeners = new Set<() => void>();
let snapshot = { pending: 0, failed: 0 };

function publish() {
  let pending = 0;
  let failed = 0;
  for (const state of entries.values()) {
    if (state === 'failed') failed += 1;
    else pending += 1;
  }
  snapshot = { pending, failed };
  for (const listener of listeners) listener();
}

/**
 * Every self-saving field reports here what it holds that is not stored yet: an edit waiting for
 * its save (debounced), one being written, or one that failed. The header's save status and the
 * leave warning read it, so "All changes saved" is only said when it is true.
 */
export function trackSave(id: string, state: TrackedState | null): void {
  if (state === null) {
    if (!entries.delete(id)) return;
  } else {
    if (entries.get(id) === state) return;
    entries.set(id, state);
  }
  publish();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useUnsavedEdits(): { pending: number; failed: number } {
  return useSyncExternalStore(subscribe, () => snapshot);
}
