import { useEffect, useMemo, useRef } from 'react';
import { sameValue } from '../write/merge-rows';
import { draftOf, usePerformTarget, type SaveTarget } from './save-target';
import { useAutosave } from './use-autosave';

/** What a self-saving editor saves through: a target (kept as a draft) or a plain function. */
export type Saver<T> = SaveTarget<T> | ((value: T) => Promise<unknown>);

/**
 * A self-saving edit: debounced, kept as a draft until stored when it goes to a target (a reload
 * or a crash replays it), retried when it fails, one undo step per burst of typing.
 */
export function useAutosaveTo<T>(saver: Saver<T>, delayMs?: number) {
  const perform = usePerformTarget();
  const latest = useRef(saver);
  useEffect(() => {
    latest.current = saver;
  });
  return useAutosave(
    (value: T) => {
      const current = latest.current;
      return typeof current === 'function' ? current(value) : perform(current, value);
    },
    {
      delayMs,
      draft: (value) => {
        const current = latest.current;
        return typeof current === 'function' ? undefined : draftOf(current, value);
      },
    },
  );
}

/** The fields of `next` that differ from `stored`: what an edit patches, nothing more. */
function changedFields<T extends object>(next: T, stored: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !sameValue(value, stored[key as keyof T])),
  ) as Partial<T>;
}

/**
 * What a self-saving form writes: the fields the user has changed in it, where they differ from
 * the stored record. While someone edits, the stored record may move on (another tab's edit)
 * without the form taking it over; a field the user did not change is then not written back with
 * the value the form was filled with. A field changed once stays the user's, also when changed
 * back. `refill` says the form now shows `stored` afresh.
 */
export function useEditedFields<T extends object>(filledWith: T) {
  const filledFrom = useRef(filledWith);
  const edited = useRef(new Set<string>());
  return useMemo(
    () => ({
      refill: (stored: T) => {
        filledFrom.current = stored;
        edited.current.clear();
      },
      changes: (next: T, stored: Partial<T>): Partial<T> => {
        for (const key of Object.keys(changedFields(next, filledFrom.current)))
          edited.current.add(key);
        const ours = Object.fromEntries(
          Object.entries(next).filter(([key]) => edited.current.has(key)),
        ) as Partial<T>;
        return changedFields(ours, stored);
      },
    }),
    [],
  );
}
