import { useWrite, type WriteOperation } from '../write/define-write';
import { sameValue } from '../write/merge-rows';
import { useAutosave } from './use-autosave';

/**
 * A self-saving edit through a declared write: debounced, kept as a draft (keyed by `draftId`,
 * one per field or record) until stored, retried when it fails, and one undo step per burst of
 * typing. `toArgs` turns the edited value into the write's arguments.
 */
export function useAutosaveWrite<T, Args>(
  operation: WriteOperation<Args, unknown>,
  roadmapId: string,
  draftId: string,
  toArgs: (value: T) => Args,
  delayMs?: number,
) {
  const write = useWrite(operation, roadmapId);
  return useAutosave((value: T) => write.mutateAsync(toArgs(value)), {
    delayMs,
    draft: (value) => ({ id: draftId, operation: operation.name, roadmapId, args: toArgs(value) }),
  });
}

/** The fields of `next` that differ from `stored`: what an edit patches, nothing more. */
export function changedFields<T extends object>(next: T, stored: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !sameValue(value, stored[key as keyof T])),
  ) as Partial<T>;
}
