import { computeRoadmapFigures, computeRoadmapProgress } from '../../../core/progress';
import { registeredStages } from '../../../core/stage-registry';
import { db } from '../../../db/database';
import { readRoadmapRows } from '../../../db/roadmap-rows';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { type Roadmap, type RoadmapFields, roadmapFieldsSchema } from '../../../core/roadmap';
import {
  backupFileFormat,
  currentBackupFileVersion,
  emptyRoadmapRows,
  roadmapFileFormat,
  roadmapFileVersion,
  roadmapRowTables,
  type BackupFile,
  type RoadmapBundle,
  type RoadmapFile,
  type RoadmapRows,
} from '../../../core/file/roadmap-file';
import { withNewIds } from '../../../core/file/remap-ids';
import { getRoadmap } from './roadmap-reads';

/*
 * The tables of a roadmap's rows come from the stage descriptors the app registered: callers load
 * the list (`loadStages`) before they call in, so nothing here waits inside a transaction.
 */
const allTables = () => [
  db.roadmaps,
  db.undoSteps,
  ...roadmapRowTables().map((table) => db.table(table)),
];

/**
 * Creates a roadmap with the rows every stage starts it with (the starting point's own company,
 * named after the company or `ownCompanyFallback` when none is given), in one transaction.
 */
export async function createRoadmap(
  fields: RoadmapFields,
  ownCompanyFallback = 'Our company',
): Promise<Roadmap> {
  const now = nowIso();
  const roadmap: Roadmap = {
    id: newId(),
    ...roadmapFieldsSchema.parse(fields),
    createdAt: now,
    updatedAt: now,
    progress: {},
  };
  const rows = registeredStages().flatMap((stage) =>
    Object.entries(stage.newRoadmapRows?.(roadmap, { ownCompanyFallback }) ?? {}),
  );
  const tables = [db.roadmaps, ...rows.map(([table]) => db.table(table))];
  await db.transaction('rw', tables, async () => {
    await db.roadmaps.add(roadmap);
    for (const [table, tableRows] of rows) await db.table(table).bulkAdd(tableRows);
  });
  return roadmap;
}

export async function updateRoadmap(roadmapId: string, fields: RoadmapFields): Promise<void> {
  const changes = roadmapFieldsSchema.parse(fields);
  const updated = await db.roadmaps.update(roadmapId, { ...changes, updatedAt: nowIso() });
  if (updated === 0) throw new Error(`Roadmap ${roadmapId} does not exist`);
}

/** Reads a roadmap and all its rows inside one read transaction, so the copy is consistent. */
export function readRoadmapBundle(roadmapId: string): Promise<RoadmapBundle | null> {
  return db.transaction('r', allTables(), async () => {
    const stored = await db.roadmaps.get(roadmapId);
    if (!stored) return null;
    const { progress: _derived, figures: _alsoDerived, ...roadmap } = stored;
    const rows = {
      ...emptyRoadmapRows(),
      ...(await readRoadmapRows(roadmapId, roadmapRowTables())),
    };
    return { roadmap, rows };
  });
}

async function addBundleRows(rows: RoadmapRows): Promise<void> {
  for (const table of roadmapRowTables()) {
    const tableRows = rows[table];
    if (tableRows.length > 0) await db.table(table).bulkAdd(tableRows);
  }
}

/**
 * Writes whole roadmaps in one transaction: either every roadmap and every row lands, or (on a
 * quota error, a closed database, a crash) nothing does.
 */
export function addRoadmapBundles(bundles: readonly RoadmapBundle[]): Promise<void> {
  return db.transaction('rw', allTables(), async () => {
    for (const bundle of bundles) {
      await db.roadmaps.add({
        ...bundle.roadmap,
        progress: computeRoadmapProgress(registeredStages(), bundle.rows),
        figures: computeRoadmapFigures(registeredStages(), bundle.rows),
      });
      await addBundleRows(bundle.rows);
    }
  });
}

/** Deletes a roadmap and every row of it in one transaction; returns what was removed, for undo. */
export function deleteRoadmap(roadmapId: string): Promise<RoadmapBundle | null> {
  return db.transaction('rw', allTables(), async () => {
    const bundle = await readRoadmapBundle(roadmapId);
    if (!bundle) return null;
    for (const table of roadmapRowTables()) {
      await db.table(table).where('roadmapId').equals(roadmapId).delete();
    }
    // The roadmap's undo journal goes with it; it is not part of the roadmap's file.
    await db.undoSteps.where('roadmapId').equals(roadmapId).delete();
    await db.roadmaps.delete(roadmapId);
    return bundle;
  });
}

/** Puts a deleted roadmap back exactly as it was, same ids included. */
export function restoreRoadmap(bundle: RoadmapBundle): Promise<void> {
  return addRoadmapBundles([bundle]);
}

export async function duplicateRoadmap(roadmapId: string, copyName: string): Promise<Roadmap> {
  const bundle = await readRoadmapBundle(roadmapId);
  if (!bundle) throw new Error(`Roadmap ${roadmapId} does not exist`);
  const now = nowIso();
  const copy = withNewIds(bundle, newId);
  copy.roadmap = { ...copy.roadmap, name: copyName.slice(0, 120), createdAt: now, updatedAt: now };
  await addRoadmapBundles([copy]);
  return (await getRoadmap(copy.roadmap.id)) as Roadmap;
}

export async function exportRoadmap(roadmapId: string): Promise<RoadmapFile> {
  const bundle = await readRoadmapBundle(roadmapId);
  if (!bundle) throw new Error(`Roadmap ${roadmapId} does not exist`);
  return {
    format: roadmapFileFormat,
    version: roadmapFileVersion(),
    exportedAt: nowIso(),
    ...bundle,
  };
}

export async function exportLibrary(): Promise<BackupFile> {
  const ids = await db.roadmaps.orderBy('updatedAt').reverse().primaryKeys();
  const roadmaps = await Promise.all(ids.map((id) => exportRoadmap(id)));
  return {
    format: backupFileFormat,
    version: currentBackupFileVersion,
    exportedAt: nowIso(),
    roadmaps,
  };
}

/** Adds a validated file as a new roadmap; an import never overwrites what is there. */
export async function importRoadmapFile(file: RoadmapFile): Promise<Roadmap> {
  const bundle = withNewIds({ roadmap: file.roadmap, rows: file.rows }, newId);
  await addRoadmapBundles([bundle]);
  return (await getRoadmap(bundle.roadmap.id)) as Roadmap;
}

/** Adds every roadmap of a backup, all or nothing. */
export async function restoreLibraryBackup(backup: BackupFile): Promise<number> {
  const bundles = backup.roadmaps.map((file) =>
    withNewIds({ roadmap: file.roadmap, rows: file.rows }, newId),
  );
  await addRoadmapBundles(bundles);
  return bundles.length;
}
