/** Timestamps are stored as ISO 8601 strings: readable in exported files and sortable as text. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A local calendar day as YYYY-MM-DD, for file names and date inputs. */
export function isoDay(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
