/** Thrown when an edit would give a KPI two values on one date. */
export class DateTakenError extends Error {
  constructor(readonly date: string) {
    super(`There is already a value on ${date}`);
  }
}
