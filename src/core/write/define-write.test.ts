import { MutationObserver, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../lib/query-client';
import { queryKeys } from '../query-keys';
import { writeMutationOptions, type WriteOperation } from './define-write';

const roadmapId = 'roadmap-1';
const scoresKey = queryKeys.stage(roadmapId, 'scores');

/** A promise the test settles when it wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * A stage whose rows are numbers, shown by an observer, and an undo history whose reads wait for
 * the test: a refresh after a write stays pending while other writes run, as it does in a browser
 * when its reads queue behind the next edit's transaction.
 */
function setUp() {
  const queryClient = createQueryClient();
  const stored: number[] = [];
  const historyReads: Array<() => void> = [];
  const readScores = () => Promise.resolve([...stored]);
  // Before the first write the history reads at once; after, each read waits for the test.
  const readHistory = () =>
    stored.length === 0
      ? Promise.resolve([])
      : new Promise<never[]>((resolve) => historyReads.push(() => resolve([])));
  const unsubscribe = [
    new QueryObserver(queryClient, { queryKey: scoresKey, queryFn: readScores }).subscribe(
      () => undefined,
    ),
    new QueryObserver(queryClient, {
      queryKey: queryKeys.history(roadmapId),
      queryFn: readHistory,
    }).subscribe(() => undefined),
  ];
  const writes: Array<ReturnType<typeof gate>> = [];
  const operation: WriteOperation<number, number> = {
    name: 'test.addScore',
    perform: async (_roadmapId, value) => {
      const written = gate();
      writes.push(written);
      await written.opened;
      stored.push(value);
      return value;
    },
  };
  const options = writeMutationOptions(
    queryClient,
    operation,
    roadmapId,
    { queryKey: scoresKey, update: (data, added) => [...(data as number[]), added] },
    { refreshAfterBurst: true },
  );
  return {
    queryClient,
    stored,
    writes,
    historyReads,
    /** One key press: one edit, as the grid sends it. */
    type: (value: number) => new MutationObserver(queryClient, options).mutate(value),
    shown: () => queryClient.getQueryData<number[]>(scoresKey),
    done: () => unsubscribe.forEach((stop) => stop()),
  };
}

describe('a burst of writes (typing scores)', () => {
  let stopObserving: (() => void) | undefined;
  afterEach(() => stopObserving?.());

  it('shows what was written when an edit starts while the previous one is refreshing', async () => {
    const stage = setUp();
    stopObserving = stage.done;
    await vi.waitFor(() => expect(stage.shown()).toEqual([]));

    // The first score is written; its refresh starts and waits on the history's read.
    const first = stage.type(2);
    await vi.waitFor(() => expect(stage.writes).toHaveLength(1));
    stage.writes[0]?.open();
    await vi.waitFor(() => expect(stage.historyReads).toHaveLength(1));

    // The next score comes before that refresh is over: it cancels the stage's read.
    const second = stage.type(4);
    await vi.waitFor(() => expect(stage.writes).toHaveLength(2));
    stage.writes[1]?.open();
    await vi.waitFor(() => expect(stage.historyReads.length).toBeGreaterThan(1));
    for (const read of stage.historyReads) read();
    await Promise.all([first, second]);

    await vi.waitFor(() => expect(stage.queryClient.isFetching()).toBe(0));
    expect(stage.stored).toEqual([2, 4]);
    expect(stage.shown()).toEqual([2, 4]);
  });

  it('refreshes once, after the last write of the burst', async () => {
    const stage = setUp();
    stopObserving = stage.done;
    await vi.waitFor(() => expect(stage.shown()).toEqual([]));
    const reads = vi.spyOn(stage.queryClient, 'invalidateQueries');

    const typed = [stage.type(1), stage.type(2), stage.type(3)];
    await vi.waitFor(() => expect(stage.writes).toHaveLength(3));
    // Each write ends before the next, as transactions do; the screen shows the scores meanwhile.
    for (const written of stage.writes) written.open();
    expect(stage.shown()).toEqual([1, 2, 3]);
    await vi.waitFor(() => expect(stage.historyReads).toHaveLength(1));
    stage.historyReads[0]?.();
    await Promise.all(typed);

    // invalidateAfterWrite invalidates four families of queries, once.
    expect(reads).toHaveBeenCalledTimes(4);
    expect(stage.shown()).toEqual([1, 2, 3]);
  });
});
