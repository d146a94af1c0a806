/** Row ids are random UUIDs so that rows made on different machines never collide on import. */
export function newId(): string {
  return crypto.randomUUID();
}
