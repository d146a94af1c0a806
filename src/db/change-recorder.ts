import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie';

/** One row as it was before a write and as the write left it (absent: the row did not exist). */
export interface RowChange {
  table: string;
  key: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

type Sink = RowChange[];

/** The transactions whose writes are being recorded, with where their changes go. */
const sinks = new WeakMap<object, Sink>();
/** Tables never recorded: the undo journal itself. */
const unrecorded = new Set<string>(['undoSteps']);
/** Transactions that wrote anything, so other tabs are told once when each one commits. */
const watched = new WeakSet<object>();
let onCommitted: ((tables: string[]) => void) | null = null;

/**
 * Starts recording every row that the given Dexie transaction (its `idbtrans`) adds, replaces or
 * deletes, with the row before and after. Nested transactions share that object, so writes made by
 * any repository function called inside are recorded too.
 */
export function recordChanges(idbtrans: object): RowChange[] {
  const sink: Sink = [];
  sinks.set(idbtrans, sink);
  return sink;
}

/** Called once per committed read-write transaction that changed rows, with the tables it wrote. */
export function onWriteCommitted(listener: ((tables: string[]) => void) | null): void {
  onCommitted = listener;
}

function keysOf(
  table: DBCoreTable,
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
) {
  if (request.type === 'delete') return request.keys;
  if (request.keys) return request.keys;
  const extract = table.schema.primaryKey.extractKey;
  if (!extract) throw new Error(`Table ${table.name} has no inline primary key to record`);
  return request.values.map((value) => extract(value));
}

/*
 * Written with `.then` on Dexie's own promises, not `await`: the transaction's zone must carry over
 * to the reads and the write below, which a native await would lose.
 */
function recordMutation(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  keys: readonly unknown[],
  sink: Sink,
): Promise<DBCoreMutateResponse> {
  return table.getMany({ trans: request.trans, keys: [...keys] }).then((rows) => {
    const before = rows.map((row: Record<string, unknown> | undefined) =>
      row === undefined ? undefined : structuredClone(row),
    );
    return table.mutate(request).then((response) => {
      const isDelete = request.type === 'delete' || request.type === 'deleteRange';
      keys.forEach((key, index) => {
        if (response.failures[index]) return;
        const previous = before[index];
        const next = isDelete
          ? undefined
          : structuredClone(
              (request as { values: readonly Record<string, unknown>[] }).values[index],
            );
        if (previous === undefined && next === undefined) return;
        sink.push({ table: table.name, key: String(key), before: previous, after: next });
      });
      return response;
    });
  });
}

function recordingTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(request) {
      const trans = request.trans as unknown as IDBTransaction & { rottaWritten?: Set<string> };
      if (!watched.has(trans) && typeof trans.addEventListener === 'function') {
        watched.add(trans);
        const written = new Set<string>();
        trans.rottaWritten = written;
        trans.addEventListener('complete', () => onCommitted?.([...written]));
      }
      trans.rottaWritten?.add(table.name);
      const sink = sinks.get(trans);
      if (!sink || unrecorded.has(table.name)) return table.mutate(request);
      if (request.type === 'deleteRange') {
        return table
          .query({
            trans: request.trans,
            values: false,
            query: { index: table.schema.primaryKey, range: request.range },
          })
          .then((found) => recordMutation(table, request, found.result, sink));
      }
      return recordMutation(table, request, keysOf(table, request), sink);
    },
  };
}

/**
 * A DBCore middleware: records row changes for the transactions handed to `recordChanges` (the undo
 * journal), and tells `onWriteCommitted` which tables each committed transaction wrote (other tabs).
 * A put that only updates (`changeSpec`) is recorded from the rows as they end up.
 */
export const changeRecorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rotta-change-recorder',
  create(down) {
    return {
      ...down,
      table: (name) => recordingTable(down.table(name)),
    };
  },
};
