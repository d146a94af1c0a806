import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { stageSlugs, type StageSlug } from '../../../lib/stages';
import { registerProgressRefresh } from '../../../core/write/history';
import { stageStatusFromEvidence, type StageEvidence } from '../model/progress';

/** The tables each stage's status is computed from, besides its notes. */
export const stageTables = {
  'starting-point': ['subjects', 'scores'],
  goals: ['goals'],
  channels: ['channels', 'demographics', 'surveys'],
  // Stage 4 is done when every goal has a KPI, so it also reads the goals.
  kpis: ['kpis', 'measurements', 'goals'],
  journey: ['journeyPhases', 'touchpoints'],
  training: [
    'trainingRoles',
    'trainingPeople',
    'competencies',
    'competencyLevels',
    'trainingModules',
  ],
  'go-live': ['goLivePlans'],
} as const satisfies Partial<Record<StageSlug, readonly (keyof StageEvidence)[]>>;

/** Tables a stage write must lock so that `refreshStageProgress` can run inside it. */
export function progressTables(stage: StageSlug) {
  const extra = (stageTables as Partial<Record<StageSlug, readonly string[]>>)[stage] ?? [];
  return [db.roadmaps, db.stageNotes, ...extra.map((table) => db.table(table))];
}

/**
 * Recomputes one stage's status from its rows and marks the roadmap as changed now. Call it
 * inside the write's own transaction (with `progressTables(stage)` locked), so the library never
 * shows a status the rows do not back.
 */
export async function refreshStageProgress(roadmapId: string, stage: StageSlug): Promise<void> {
  const roadmap = await db.roadmaps.get(roadmapId);
  if (!roadmap) throw new Error(`Roadmap ${roadmapId} does not exist`);
  const forRoadmap = <T>(table: {
    where: (index: string) => { equals: (key: string) => { toArray: () => Promise<T[]> } };
  }) => table.where('roadmapId').equals(roadmapId).toArray();
  const evidence: Partial<StageEvidence> = {
    notes: await db.stageNotes.where('[roadmapId+stage]').equals([roadmapId, stage]).toArray(),
  };
  if (stage === 'starting-point') {
    evidence.subjects = await forRoadmap(db.subjects);
    evidence.scores = await forRoadmap(db.scores);
  }
  if (stage === 'goals') evidence.goals = await forRoadmap(db.goals);
  if (stage === 'channels') {
    evidence.channels = await forRoadmap(db.channels);
    evidence.demographics = await forRoadmap(db.demographics);
    evidence.surveys = await forRoadmap(db.surveys);
  }
  if (stage === 'kpis') {
    evidence.goals = await forRoadmap(db.goals);
    evidence.kpis = await forRoadmap(db.kpis);
    // Only whether any value exists matters here; the count avoids reading thousands of rows.
    const values = await db.measurements.where('roadmapId').equals(roadmapId).limit(1).toArray();
    evidence.measurements = values;
  }
  if (stage === 'journey') {
    evidence.journeyPhases = await forRoadmap(db.journeyPhases);
    evidence.touchpoints = await forRoadmap(db.touchpoints);
  }
  if (stage === 'training') {
    evidence.trainingRoles = await forRoadmap(db.trainingRoles);
    evidence.trainingPeople = await forRoadmap(db.trainingPeople);
    evidence.competencies = await forRoadmap(db.competencies);
    evidence.competencyLevels = await forRoadmap(db.competencyLevels);
    evidence.trainingModules = await forRoadmap(db.trainingModules);
  }
  if (stage === 'go-live') evidence.goLivePlans = await forRoadmap(db.goLivePlans);
  const status = stageStatusFromEvidence(stage, evidence);
  const progress = { ...roadmap.progress };
  if (status === 'not-started') delete progress[stage];
  else progress[stage] = status;
  await db.roadmaps.update(roadmapId, { progress, updatedAt: nowIso() });
}

/** Recomputes every stage's status of a roadmap (after an undo or a redo). */
export async function refreshRoadmapProgress(roadmapId: string): Promise<void> {
  for (const stage of stageSlugs) await refreshStageProgress(roadmapId, stage);
}

registerProgressRefresh(refreshRoadmapProgress);
