import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAfterWrite, type WriteOperation } from '../write/define-write';
import type { DraftInput } from '../write/drafts';

/**
 * Where a self-saving field's value goes: a declared write, its arguments for the value, and the
 * draft key that identifies the field (one draft per field, the newest wins).
 */
export interface SaveTarget<T> {
  operation: WriteOperation<never, unknown>;
  roadmapId: string;
  draftId: string;
  args: (value: T) => unknown;
}

export function saveTarget<T, Args>(
  operation: WriteOperation<Args, unknown>,
  roadmapId: string,
  draftId: string,
  args: (value: T) => Args,
): SaveTarget<T> {
  return { operation: operation as WriteOperation<never, unknown>, roadmapId, draftId, args };
}

export function draftOf<T>(target: SaveTarget<T>, value: T): DraftInput {
  return {
    id: target.draftId,
    operation: target.operation.name,
    roadmapId: target.roadmapId,
    args: target.args(value),
  };
}

/** One mutation that can store a value to any target, with the same refresh as every write. */
export function usePerformTarget() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ target, value }: { target: SaveTarget<unknown>; value: unknown }) =>
      target.operation.perform(target.roadmapId, target.args(value) as never),
    onSettled: (_data, _error, { target }) => invalidateAfterWrite(queryClient, target.roadmapId),
  });
  return <T>(target: SaveTarget<T>, value: T) =>
    mutation.mutateAsync({ target: target as SaveTarget<unknown>, value: value as unknown });
}
