import { Dexie, type EntityTable } from 'dexie';
import type { Roadmap } from '../core/roadmap';
import type { StageRowTypes } from '../core/stage-descriptor';
import type { StageNote } from '../core/stage-note';
import type { UndoStep } from '../core/write/undo-step';
import { changeRecorder } from './change-recorder';
import {
  databaseVersions,
  dexieDeclarations,
  latestDatabaseVersion,
  type DatabaseVersion,
} from './schema-history';

export const databaseName = 'rotta';

/**
 * The app's own tables, which belong to no stage. Every other table of the latest version is a
 * stage's and is declared in that stage's `stage.ts` (a test checks both lists against the
 * latest version).
 */
export const coreTableNames = ['roadmaps', 'stageNotes', 'undoSteps'] as const;

/** Every stage table, typed from the row types the stages declare in their `stage.ts`. */
type StageEntityTables = {
  [Table in keyof StageRowTypes]: EntityTable<StageRowTypes[Table], 'id'>;
};

// Declaration merging gives the class a typed property per stage table; Dexie creates them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export interface RottaDatabase extends StageEntityTables {}

/** The app's own tables (roadmaps, their notes) are core; the stages add theirs. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface
export class RottaDatabase extends Dexie {
  roadmaps!: EntityTable<Roadmap, 'id'>;
  stageNotes!: EntityTable<StageNote, 'id'>;
  undoSteps!: EntityTable<UndoStep, 'id'>;

  /**
   * `upToVersion` lets tests write a database exactly as an older release would have; `versions`
   * lets a test add a version the app has not shipped.
   */
  constructor(
    name = databaseName,
    upToVersion = latestDatabaseVersion,
    versions: readonly DatabaseVersion[] = databaseVersions,
  ) {
    super(name);
    for (const entry of dexieDeclarations(versions, upToVersion)) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
    this.use(changeRecorder);
  }
}

export const db = new RottaDatabase();
