import type { Transaction } from 'dexie';

/**
 * Every shipped version of the database, oldest first. A shipped entry is never edited: a change
 * appends a new version with its `upgrade`, and a test opens a database written by the version
 * before it. Index only what is queried.
 */
export interface DatabaseVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const databaseVersions: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      roadmaps: 'id, updatedAt',
      stageNotes: 'id, roadmapId, &[roadmapId+stage]',
    },
  },
];

export const latestDatabaseVersion = databaseVersions.at(-1)?.version ?? 1;
