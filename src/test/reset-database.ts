import { db } from '../db/database';

/** Empties every table of the real Dexie database (on fake-indexeddb) between tests. */
export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

export async function countAllRows(): Promise<number> {
  const counts = await Promise.all(db.tables.map((table) => table.count()));
  return counts.reduce((sum, count) => sum + count, 0);
}
