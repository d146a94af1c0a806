import { db } from '../db/database';
import { readRoadmapRows } from '../db/roadmap-rows';
import { nowIso } from '../lib/dates';
import { stageSlugs, type StageSlug } from '../lib/stages';
import { registerProgressRefresh } from './write/history';
import { stageFiguresFromRows, stageStatusFromRows } from './progress';
import type { Roadmap, StageFigures } from './roadmap';
import type { ReadMode, StageDescriptor, StageTableName } from './stage-descriptor';
import { stageDescriptor } from './stage-registry';

function readTables(stage: StageSlug): StageTableName[] {
  return Object.keys(stageDescriptor(stage)?.progress?.reads ?? {}) as StageTableName[];
}

/** Tables a stage write must lock so that `refreshStageProgress` can run inside it. */
export function progressTables(stage: StageSlug) {
  return [db.roadmaps, db.stageNotes, ...readTables(stage).map((table) => db.table(table))];
}

/**
 * Recomputes one stage's status (and its figures for the map) from the rows its progress rule
 * reads and marks the roadmap as changed now. Call it inside the write's own transaction (with
 * `progressTables(stage)` locked), so the library never shows a status the rows do not back.
 */
export async function refreshStageProgress(roadmapId: string, stage: StageSlug): Promise<void> {
  const roadmap = await db.roadmaps.get(roadmapId);
  if (!roadmap) throw new Error(`Roadmap ${roadmapId} does not exist`);
  const descriptor = stageDescriptor(stage);
  const [stageNotes, ruleTables] = await Promise.all([
    db.stageNotes.where('[roadmapId+stage]').equals([roadmapId, stage]).toArray(),
    ruleRows(roadmapId, descriptor),
  ]);
  const rows: Record<string, readonly unknown[]> = { stageNotes, ...ruleTables };
  const status = stageStatusFromRows(descriptor, stage, rows);
  const progress = { ...roadmap.progress };
  if (status === 'not-started') delete progress[stage];
  else progress[stage] = status;
  const stageFigures = stageFiguresFromRows(descriptor, rows);
  const figures = { ...roadmap.figures };
  if (stageFigures) figures[stage] = stageFigures;
  else delete figures[stage];
  await db.roadmaps.update(roadmapId, { progress, figures, updatedAt: nowIso() });
}

/** The rows a stage's progress rule reads, asked for together. */
function ruleRows(
  roadmapId: string,
  descriptor: StageDescriptor | undefined,
): Promise<Record<string, readonly unknown[]>> {
  const reads: Partial<Record<string, ReadMode>> = descriptor?.progress?.reads ?? {};
  return readRoadmapRows(roadmapId, Object.keys(reads), (table) => reads[table] ?? 'all');
}

/**
 * A stage's figures (see ProgressRule.figures): those kept with the roadmap, else worked out from
 * the stage's rows as a write would, for a roadmap stored before figures were kept. Call it inside
 * a read transaction that locks `progressTables(stage)`.
 */
export async function stageFiguresOf(
  roadmap: Roadmap,
  stage: StageSlug,
): Promise<StageFigures | undefined> {
  const kept = roadmap.figures?.[stage];
  if (kept) return kept;
  const descriptor = stageDescriptor(stage);
  if (!descriptor?.progress?.figures) return undefined;
  return stageFiguresFromRows(descriptor, await ruleRows(roadmap.id, descriptor));
}

/** Recomputes every stage's status of a roadmap (after an undo or a redo). */
export async function refreshRoadmapProgress(roadmapId: string): Promise<void> {
  for (const stage of stageSlugs) await refreshStageProgress(roadmapId, stage);
}

registerProgressRefresh(refreshRoadmapProgress);
