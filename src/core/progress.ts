import { stageSlugs, type StageSlug } from '../lib/stages';
import type { RoadmapFigures, StageFigures, StageProgress, StageStatus } from './roadmap';
import type { RoadmapRows, RowsOf, StageDescriptor, StageTableName } from './stage-descriptor';
import type { StageNote } from './stage-note';
import { stageDescriptor } from './stage-registry';

function hasNotes(stage: StageSlug, notes: readonly StageNote[]): boolean {
  return notes.some((note) => note.stage === stage && note.text.trim() !== '');
}

/**
 * A stage's status: its own rule on the rows it reads, and "in progress" for notes alone. Stages
 * without a rule (the map) can only be in progress through their notes.
 */
export function stageStatusFromRows(
  stage: StageDescriptor | undefined,
  slug: StageSlug,
  rows: Partial<RowsOf<StageTableName>> & { stageNotes?: readonly StageNote[] },
): StageStatus {
  const byRule = stage?.progress ? stage.progress.status(withReadTables(stage, rows)) : undefined;
  if (byRule && byRule !== 'not-started') return byRule;
  return hasNotes(slug, rows.stageNotes ?? []) ? 'in-progress' : 'not-started';
}

/** A stage's figures for the map from the rows its rule reads; none for a stage without them. */
export function stageFiguresFromRows(
  stage: StageDescriptor | undefined,
  rows: Partial<RowsOf<StageTableName>>,
): StageFigures | undefined {
  return stage?.progress?.figures?.(withReadTables(stage, rows));
}

/** Gives a rule every table it declares, empty when the caller has none of its rows. */
function withReadTables(stage: StageDescriptor, rows: Partial<RowsOf<StageTableName>>) {
  const read: Record<string, readonly unknown[]> = {};
  for (const table of Object.keys(stage.progress?.reads ?? {}) as StageTableName[]) {
    read[table] = rows[table] ?? [];
  }
  // The rule only looks at the tables it listed in `reads`, and each of those is here.
  return read as RowsOf<StageTableName>;
}

/** The progress of every stage, from a whole roadmap's rows (import, duplicate, restore). */
export function computeRoadmapProgress(
  stages: readonly StageDescriptor[],
  rows: Partial<RoadmapRows>,
): StageProgress {
  const progress: StageProgress = {};
  for (const slug of stageSlugs) {
    const status = stageStatusFromRows(
      stages.find((stage) => stage.slug === slug),
      slug,
      rows,
    );
    if (status !== 'not-started') progress[slug] = status;
  }
  return progress;
}

/** The figures of every stage that has them, from a whole roadmap's rows (import, duplicate). */
export function computeRoadmapFigures(
  stages: readonly StageDescriptor[],
  rows: Partial<RoadmapRows>,
): RoadmapFigures {
  const figures: RoadmapFigures = {};
  for (const stage of stages) {
    const found = stageFiguresFromRows(stage, rows);
    if (found) figures[stage.slug] = found;
  }
  return figures;
}

/** A stage's status by its slug, with the registered stages' rules. */
export function stageStatusFromEvidence(
  slug: StageSlug,
  rows: Partial<RowsOf<StageTableName>> & { stageNotes?: readonly StageNote[] },
): StageStatus {
  return stageStatusFromRows(stageDescriptor(slug), slug, rows);
}
