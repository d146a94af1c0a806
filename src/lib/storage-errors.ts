import type { Problem } from './describe-issue';

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`; the useful name can be at any depth.
  for (let depth = 0; depth < 4 && current instanceof Object; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

export function isStorageUnavailableError(error: unknown): boolean {
  const names = errorNames(error);
  return [
    'MissingAPIError',
    'OpenFailedError',
    'InvalidStateError',
    'SecurityError',
    'DatabaseClosedError',
  ].some((name) => names.includes(name));
}

/** A write would give a roadmap more rows of a table than the table allows (`maxRows`). */
export class TableFullError extends Error {
  constructor(
    readonly table: string,
    readonly maximum: number,
  ) {
    super(`A roadmap holds at most ${maximum} rows of ${table}`);
    this.name = 'TableFullError';
  }
}

/** What to tell the user when a write fails; the transaction has already been rolled back. */
export function describeStorageError(error: unknown): Problem {
  if (error instanceof TableFullError) {
    return { key: 'limits.full', values: { maximum: error.maximum, table: error.table } };
  }
  if (isQuotaError(error)) return { key: 'storage.quota' };
  if (isStorageUnavailableError(error)) return { key: 'storage.unavailableTitle' };
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'storage.failed', values: { detail } };
}
