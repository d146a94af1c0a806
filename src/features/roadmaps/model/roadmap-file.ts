import { z } from 'zod';
import { timestampSchema } from '../../../lib/schema-primitives';
import {
  channelSchema,
  demographicsSchema,
  savingsPlanSchema,
  surveySchema,
} from '../../channels/model/channel';
import { goalSchema } from '../../goals/model/goal';
import { goLivePlanSchema, readinessItemSchema, rolloutSchema } from '../../go-live/model/go-live';
import { journeyPhaseSchema, touchpointSchema } from '../../journey/model/journey';
import { kpiSchema, measurementSchema } from '../../kpis/model/kpi';
import {
  assessorSchema,
  scoreSchema,
  subjectSchema,
} from '../../starting-point/model/starting-point';
import { stageNoteSchema } from '../../../core/stage-note';
import {
  competencyLevelSchema,
  competencySchema,
  trainingModuleSchema,
  trainingPersonSchema,
  trainingRoleSchema,
} from '../../training/model/training';
import { roadmapSchema } from '../../../core/roadmap';

/**
 * The `*.rotta.json` file: one roadmap with every row that belongs to it. Documented in
 * docs/file-format.md; the JSON Schema in docs/ is generated from these schemas.
 */
export const roadmapFileFormat = 'rotta-roadmap';
export const backupFileFormat = 'rotta-backup';
export const currentRoadmapFileVersion = 5;
export const currentBackupFileVersion = 1;

/** Progress is derived from the rows, so a file cannot claim a stage is done. */
export const fileRoadmapSchema = roadmapSchema.omit({ progress: true });
export type FileRoadmap = z.infer<typeof fileRoadmapSchema>;

const maxRowsPerTable = 200_000;

export const roadmapRowsSchema = z.strictObject({
  stageNotes: z.array(stageNoteSchema).max(maxRowsPerTable),
  subjects: z.array(subjectSchema).max(maxRowsPerTable),
  assessors: z.array(assessorSchema).max(maxRowsPerTable),
  scores: z.array(scoreSchema).max(maxRowsPerTable),
  goals: z.array(goalSchema).max(maxRowsPerTable),
  channels: z.array(channelSchema).max(maxRowsPerTable),
  /** At most one row each: they describe the whole roadmap. */
  demographics: z.array(demographicsSchema).max(1),
  surveys: z.array(surveySchema).max(1),
  savingsPlans: z.array(savingsPlanSchema).max(1),
  kpis: z.array(kpiSchema).max(maxRowsPerTable),
  measurements: z.array(measurementSchema).max(maxRowsPerTable),
  journeyPhases: z.array(journeyPhaseSchema).max(maxRowsPerTable),
  touchpoints: z.array(touchpointSchema).max(maxRowsPerTable),
  trainingRoles: z.array(trainingRoleSchema).max(maxRowsPerTable),
  trainingPeople: z.array(trainingPersonSchema).max(maxRowsPerTable),
  competencies: z.array(competencySchema).max(maxRowsPerTable),
  competencyLevels: z.array(competencyLevelSchema).max(maxRowsPerTable),
  trainingModules: z.array(trainingModuleSchema).max(maxRowsPerTable),
  /** At most one: the launch of the whole roadmap. */
  goLivePlans: z.array(goLivePlanSchema).max(1),
  rollouts: z.array(rolloutSchema).max(maxRowsPerTable),
  readinessItems: z.array(readinessItemSchema).max(maxRowsPerTable),
});
export type RoadmapRows = z.infer<typeof roadmapRowsSchema>;

export const emptyRoadmapRows = (): RoadmapRows => ({
  stageNotes: [],
  subjects: [],
  assessors: [],
  scores: [],
  goals: [],
  channels: [],
  demographics: [],
  surveys: [],
  savingsPlans: [],
  kpis: [],
  measurements: [],
  journeyPhases: [],
  touchpoints: [],
  trainingRoles: [],
  trainingPeople: [],
  competencies: [],
  competencyLevels: [],
  trainingModules: [],
  goLivePlans: [],
  rollouts: [],
  readinessItems: [],
});

function checkRowsBelongTogether(
  file: { roadmap: FileRoadmap; rows: RoadmapRows },
  context: z.core.$RefinementCtx,
) {
  const seenIds = new Set<string>([file.roadmap.id]);
  for (const [table, rows] of Object.entries(file.rows) as [
    keyof RoadmapRows,
    { id: string; roadmapId: string }[],
  ][]) {
    rows.forEach((row, index) => {
      if (row.roadmapId !== file.roadmap.id) {
        context.addIssue({
          code: 'custom',
          message: 'validation.wrongRoadmap',
          path: ['rows', table, index, 'roadmapId'],
        });
      }
      if (seenIds.has(row.id)) {
        context.addIssue({
          code: 'custom',
          message: 'validation.duplicateId',
          path: ['rows', table, index, 'id'],
        });
      }
      seenIds.add(row.id);
    });
  }
  const stagesWithNotes = new Set<string>();
  file.rows.stageNotes.forEach((note, index) => {
    if (stagesWithNotes.has(note.stage)) {
      context.addIssue({
        code: 'custom',
        message: 'validation.duplicateStageNote',
        path: ['rows', 'stageNotes', index, 'stage'],
      });
    }
    stagesWithNotes.add(note.stage);
  });
  checkStartingPoint(file.rows, context);
  checkChannels(file.rows, context);
  checkKpisAndJourney(file.rows, context);
  checkTrainingAndGoLive(file.rows, context);
}

/** Levels, people and modules point at roles and competencies of this file; rollouts at channels. */
function checkTrainingAndGoLive(rows: RoadmapRows, context: z.core.$RefinementCtx) {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((row) => row.id));
  const roleIds = ids(rows.trainingRoles);
  const personIds = ids(rows.trainingPeople);
  const competencyIds = ids(rows.competencies);
  const channelIds = ids(rows.channels);
  const issue = (message: string, path: (string | number)[]) =>
    context.addIssue({ code: 'custom', message, path: ['rows', ...path] });
  rows.trainingPeople.forEach((person, index) => {
    if (!roleIds.has(person.roleId))
      issue('validation.unknownReference', ['trainingPeople', index, 'roleId']);
  });
  const levelKeys = new Set<string>();
  rows.competencyLevels.forEach((level, index) => {
    if (!competencyIds.has(level.competencyId))
      issue('validation.unknownReference', ['competencyLevels', index, 'competencyId']);
    const holderKnown =
      roleIds.has(level.holderId) || (level.kind === 'current' && personIds.has(level.holderId));
    if (!holderKnown) issue('validation.levelHolder', ['competencyLevels', index, 'holderId']);
    const key = `${level.holderId}|${level.competencyId}|${level.kind}`;
    if (levelKeys.has(key)) issue('validation.duplicateLevel', ['competencyLevels', index]);
    levelKeys.add(key);
  });
  rows.trainingModules.forEach((module, index) => {
    module.competencyIds.forEach((id, at) => {
      if (!competencyIds.has(id))
        issue('validation.unknownReference', ['trainingModules', index, 'competencyIds', at]);
    });
    module.roleIds.forEach((id, at) => {
      if (!roleIds.has(id))
        issue('validation.unknownReference', ['trainingModules', index, 'roleIds', at]);
    });
  });
  const channelsWithRollout = new Set<string>();
  rows.rollouts.forEach((rollout, index) => {
    if (!channelIds.has(rollout.channelId))
      issue('validation.unknownReference', ['rollouts', index, 'channelId']);
    if (channelsWithRollout.has(rollout.channelId))
      issue('validation.duplicateRollout', ['rollouts', index, 'channelId']);
    channelsWithRollout.add(rollout.channelId);
  });
}

/** KPIs, their values and the journey point at goals, channels, KPIs and phases of this file. */
function checkKpisAndJourney(rows: RoadmapRows, context: z.core.$RefinementCtx) {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((row) => row.id));
  const goalIds = ids(rows.goals);
  const channelIds = ids(rows.channels);
  const kpiIds = ids(rows.kpis);
  const phaseIds = ids(rows.journeyPhases);
  const issue = (message: string, path: (string | number)[]) =>
    context.addIssue({ code: 'custom', message, path: ['rows', ...path] });
  rows.kpis.forEach((kpi, index) => {
    kpi.goalIds.forEach((id, at) => {
      if (!goalIds.has(id)) issue('validation.unknownReference', ['kpis', index, 'goalIds', at]);
    });
    kpi.channelIds.forEach((id, at) => {
      if (!channelIds.has(id))
        issue('validation.unknownReference', ['kpis', index, 'channelIds', at]);
    });
  });
  const valueDates = new Set<string>();
  rows.measurements.forEach((measurement, index) => {
    if (!kpiIds.has(measurement.kpiId))
      issue('validation.unknownReference', ['measurements', index, 'kpiId']);
    const key = `${measurement.kpiId}|${measurement.date}`;
    if (valueDates.has(key)) issue('validation.duplicateMeasurement', ['measurements', index]);
    valueDates.add(key);
  });
  rows.touchpoints.forEach((touchpoint, index) => {
    if (!phaseIds.has(touchpoint.phaseId))
      issue('validation.unknownReference', ['touchpoints', index, 'phaseId']);
    if (touchpoint.channelId !== null && !channelIds.has(touchpoint.channelId))
      issue('validation.unknownReference', ['touchpoints', index, 'channelId']);
    if (touchpoint.kpiId !== null && !kpiIds.has(touchpoint.kpiId))
      issue('validation.unknownReference', ['touchpoints', index, 'kpiId']);
  });
}

/** Survey answers and planned shifts point at channels of this roadmap. */
function checkChannels(rows: RoadmapRows, context: z.core.$RefinementCtx) {
  const channelIds = new Set(rows.channels.map((channel) => channel.id));
  const issue = (path: (string | number)[]) =>
    context.addIssue({
      code: 'custom',
      message: 'validation.unknownReference',
      path: ['rows', ...path],
    });
  rows.surveys.forEach((survey, surveyIndex) =>
    survey.answers.forEach((answer, index) => {
      if (!channelIds.has(answer.channelId))
        issue(['surveys', surveyIndex, 'answers', index, 'channelId']);
    }),
  );
  rows.savingsPlans.forEach((plan, planIndex) =>
    plan.shifts.forEach((shift, index) => {
      if (!channelIds.has(shift.fromChannelId))
        issue(['savingsPlans', planIndex, 'shifts', index, 'fromChannelId']);
      if (!channelIds.has(shift.toChannelId))
        issue(['savingsPlans', planIndex, 'shifts', index, 'toChannelId']);
    }),
  );
}

/** One own company, unique competitor names, and scores that point at rows in this file. */
function checkStartingPoint(rows: RoadmapRows, context: z.core.$RefinementCtx) {
  const issue = (message: string, path: (string | number)[]) =>
    context.addIssue({ code: 'custom', message, path: ['rows', ...path] });
  const ownCount = rows.subjects.filter((subject) => subject.kind === 'own').length;
  if (ownCount !== 1)
    issue(ownCount === 0 ? 'validation.ownCompanyMissing' : 'validation.ownCompanyTwice', [
      'subjects',
    ]);
  const names = new Set<string>();
  rows.subjects.forEach((subject, index) => {
    const key = subject.name.toLocaleLowerCase();
    if (names.has(key)) issue('validation.duplicateName', ['subjects', index, 'name']);
    names.add(key);
  });
  const subjectIds = new Set(rows.subjects.map((subject) => subject.id));
  const assessorIds = new Set(rows.assessors.map((assessor) => assessor.id));
  const cells = new Set<string>();
  rows.scores.forEach((score, index) => {
    if (!subjectIds.has(score.subjectId))
      issue('validation.unknownReference', ['scores', index, 'subjectId']);
    if (!assessorIds.has(score.assessorId))
      issue('validation.unknownReference', ['scores', index, 'assessorId']);
    const cell = `${score.subjectId}|${score.assessorId}|${score.theme}`;
    if (cells.has(cell)) issue('validation.duplicateScore', ['scores', index]);
    cells.add(cell);
  });
}

export const roadmapFileSchema = z
  .strictObject({
    format: z.literal(roadmapFileFormat),
    version: z.literal(currentRoadmapFileVersion),
    exportedAt: timestampSchema,
    roadmap: fileRoadmapSchema,
    rows: roadmapRowsSchema,
  })
  .superRefine(checkRowsBelongTogether);
export type RoadmapFile = z.infer<typeof roadmapFileSchema>;

export const backupFileSchema = z.strictObject({
  format: z.literal(backupFileFormat),
  version: z.literal(currentBackupFileVersion),
  exportedAt: timestampSchema,
  roadmaps: z.array(roadmapFileSchema).max(10_000),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/** A roadmap and its rows, as read from the database or from a file. */
export interface RoadmapBundle {
  roadmap: FileRoadmap;
  rows: RoadmapRows;
}
