type Row = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fields that record when a row changed, not what the user changed. */
const bookkeeping = new Set(['updatedAt']);

/**
 * Moves `current` from `from` to `to` field by field, nested objects included, touching only the
 * fields that differ between `from` and `to` and that still hold the `from` value: whatever another
 * tab or a later edit changed in the meantime is kept.
 */
export function moveFields(current: Row, from: Row, to: Row): Row {
  const result: Row = { ...current };
  const fields = new Set([...Object.keys(from), ...Object.keys(to)]);
  for (const field of fields) {
    if (bookkeeping.has(field)) continue;
    const before = from[field];
    const after = to[field];
    if (sameValue(before, after)) continue;
    const now = current[field];
    if (isPlainObject(before) && isPlainObject(after) && isPlainObject(now)) {
      result[field] = moveFields(now, before, after);
    } else if (sameValue(now, before)) {
      if (after === undefined) delete result[field];
      else result[field] = after;
    }
  }
  return result;
}

/** True when a row changed in more than its bookkeeping (its time stamp, a roadmap's progress). */
export function isMeaningfulChange(
  table: string,
  before: Row | undefined,
  after: Row | undefined,
): boolean {
  if (before === undefined || after === undefined) return before !== after;
  const strip = (row: Row) => {
    const copy: Row = { ...row };
    delete copy.updatedAt;
    if (table === 'roadmaps') delete copy.progress;
    return copy;
  };
  return !sameValue(strip(before), strip(after));
}
