import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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

/**
 * Stores a value to a target, with the same one refresh as every write. A plain call, not a
 * mutation hook: a stage page holds hundreds of self-saving fields, and each would keep its own
 * mutation observer. The field's own save state (and the header, through the save tracker) says
 * whether it is stored.
 */
export function usePerformTarget() {
  const queryClient = useQueryClient();
  return useCallback(
    async <T>(target: SaveTarget<T>, value: T): Promise<unknown> => {
      try {
        return await target.operation.perform(target.roadmapId, target.args(value) as never);
      } finally {
        await invalidateAfterWrite(queryClient, target.roadmapId);
      }
    },
    [queryClient],
  );
}
