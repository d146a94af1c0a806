import {
  useMutation,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { invalidateAfterWrite } from './invalidate';
import { runWrite } from './run-write';
import type { HistoryLabel } from './undo-step';

export interface WriteDefinition<Args, Result, Loaded> {
  /** `<stage>.<operation>`, unique: an edit left as a draft at a reload is replayed by this name. */
  name: string;
  /** Loads what the write needs (its repository) before the transaction opens. */
  load: () => Promise<Loaded>;
  write: (loaded: Loaded, roadmapId: string, args: Args) => Promise<Result>;
  /** What Undo and Redo will say about this step (the result names what was removed, say). */
  label: (args: Args, result: Result) => HistoryLabel;
  /** Saves with the same key in quick succession (typing one field) make one undo step. */
  coalesce?: (args: Args) => string;
}

export interface WriteOperation<Args, Result> {
  name: string;
  perform: (roadmapId: string, args: Args) => Promise<Result>;
}

/**
 * The coalesce key of an edit of some fields of one row: typing in one field (or one group of
 * fields) of one row is one undo step, whatever else is typed elsewhere.
 */
export function fieldEditKey(operation: string, rowId: string, fields: object): string {
  return `${operation}:${rowId}:${Object.keys(fields).sort().join()}`;
}

const operations = new Map<string, WriteOperation<never, unknown>>();

/**
 * Declares one kind of user edit. Every edit of every stage goes through `perform`: one
 * transaction with its undo step (see `runWrite`). Components use it through `useWrite`.
 */
export function defineWrite<Args, Result, Loaded>(
  definition: WriteDefinition<Args, Result, Loaded>,
): WriteOperation<Args, Result> {
  const operation: WriteOperation<Args, Result> = {
    name: definition.name,
    perform: async (roadmapId, args) => {
      const loaded = await definition.load();
      return runWrite(
        roadmapId,
        {
          label: (result: Result) => definition.label(args, result),
          coalesceKey: definition.coalesce?.(args),
        },
        () => definition.write(loaded, roadmapId, args),
      );
    },
  };
  operations.set(definition.name, operation as WriteOperation<never, unknown>);
  return operation;
}

/** The names of every write declared so far (the modules that declare them are loaded). */
export function declaredWriteNames(): string[] {
  return [...operations.keys()];
}

/** A declared write by its name (drafts are replayed through it), once its module has loaded. */
export function findWrite(name: string): WriteOperation<unknown, unknown> | undefined {
  return operations.get(name) as WriteOperation<unknown, unknown> | undefined;
}

export { invalidateAfterWrite };

export interface Optimistic<Args> {
  queryKey: QueryKey;
  /** The cached data as it will be once the write lands. */
  update: (data: unknown, args: Args) => unknown;
}

export interface WriteHookOptions {
  /** Writes that come in bursts (typing scores) refresh once, after the last of the burst. */
  refreshAfterBurst?: boolean;
}

/**
 * Per client and kind of write: the edits started and not yet written. A burst is over when this
 * is back to zero. `isMutating` cannot tell: a mutation counts as pending until its `onSettled`
 * returns, that is until its refresh is done, and that refresh is cancelled by the next edit's
 * `onMutate`. Counting it let the last edit of a burst skip its refresh while the refresh it was
 * waiting for never came, and the screen kept showing the rows from before the burst.
 */
const unwritten = new WeakMap<QueryClient, Map<string, number>>();

function countUnwritten(queryClient: QueryClient, kind: string, change: 1 | -1): number {
  const counts = unwritten.get(queryClient) ?? new Map<string, number>();
  unwritten.set(queryClient, counts);
  const count = (counts.get(kind) ?? 0) + change;
  if (count === 0) counts.delete(kind);
  else counts.set(kind, count);
  return count;
}

/** The mutation options of a declared write: what `useWrite` runs, and what its tests run. */
export function writeMutationOptions<Args, Result>(
  queryClient: QueryClient,
  operation: WriteOperation<Args, Result>,
  roadmapId: string,
  optimistic?: Optimistic<Args>,
  options: WriteHookOptions = {},
): MutationOptions<Result, Error, Args, { previous: unknown } | undefined> {
  const mutationKey = ['write', operation.name, roadmapId];
  const kind = JSON.stringify(mutationKey);
  return {
    mutationKey,
    mutationFn: (args: Args) => operation.perform(roadmapId, args),
    onMutate: async (args: Args) => {
      if (options.refreshAfterBurst) countUnwritten(queryClient, kind, 1);
      if (!optimistic) return undefined;
      await queryClient.cancelQueries({ queryKey: optimistic.queryKey });
      const previous: unknown = queryClient.getQueryData(optimistic.queryKey);
      if (previous !== undefined) {
        queryClient.setQueryData(optimistic.queryKey, optimistic.update(previous, args));
      }
      return { previous };
    },
    onError: (_error, _args, context) => {
      if (optimistic && context?.previous !== undefined) {
        queryClient.setQueryData(optimistic.queryKey, context.previous);
      }
    },
    onSettled: () =>
      options.refreshAfterBurst && countUnwritten(queryClient, kind, -1) > 0
        ? undefined
        : invalidateAfterWrite(queryClient, roadmapId),
  };
}

/** The mutation hook for a declared write, optionally shown at once through `optimistic`. */
export function useWrite<Args, Result>(
  operation: WriteOperation<Args, Result>,
  roadmapId: string,
  optimistic?: Optimistic<Args>,
  options: WriteHookOptions = {},
) {
  return useMutation(
    writeMutationOptions(useQueryClient(), operation, roadmapId, optimistic, options),
  );
}
