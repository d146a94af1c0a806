import { z } from 'zod';
import { timestampSchema } from '../../lib/schema-primitives';
import { roadmapSchema } from '../roadmap';
import {
  stageTableEntries,
  type RoadmapRows,
  type StageDescriptor,
  type StageTableName,
} from '../stage-descriptor';
import { stageNoteSchema } from '../stage-note';
import { registeredStages } from '../stage-registry';
import { stageSlugs } from '../../lib/stages';

export type { RoadmapRows } from '../stage-descriptor';

/**
 * The `*.rotta.json` file: one roadmap with every row that belongs to it. Documented in
 * docs/file-format.md; the JSON Schema in docs/ is generated from these schemas. The rows part
 * is built from the stage descriptors: each stage table is one list in `rows`.
 */
export const roadmapFileFormat = 'rotta-roadmap';
export const backupFileFormat = 'rotta-backup';
/**
 * The latest version with an upgrade written in `file-upgrades.ts` (5: the stages took over their
 * tables; 6: savings plans gained a failure rate). Files are written at `roadmapFileVersion`,
 * which a stage's new table raises (7: the dot-votes on goals and on channels).
 */
export const currentRoadmapFileVersion = 6;
export const currentBackupFileVersion = 1;

/** The version of the files this list of stages writes: a stage's new table raises it. */
export function roadmapFileVersion(
  stages: readonly StageDescriptor[] = registeredStages(),
): number {
  return Math.max(
    currentRoadmapFileVersion,
    ...stageTableEntries(stages).map(([, table]) => table.sinceFileVersion),
  );
}

/** Progress and figures are derived from the rows, so a file cannot claim a stage is done. */
export const fileRoadmapSchema = roadmapSchema.omit({ progress: true, figures: true });
export type FileRoadmap = z.infer<typeof fileRoadmapSchema>;

export interface RoadmapFile {
  format: typeof roadmapFileFormat;
  version: number;
  exportedAt: string;
  roadmap: FileRoadmap;
  rows: RoadmapRows;
}

export interface BackupFile {
  format: typeof backupFileFormat;
  version: number;
  exportedAt: string;
  roadmaps: RoadmapFile[];
}

/** A roadmap and its rows, as read from the database or from a file. */
export interface RoadmapBundle {
  roadmap: FileRoadmap;
  rows: RoadmapRows;
}

/** The table names of a roadmap file's rows: the app's notes, then every stage's, in order. */
export function roadmapRowTables(
  stages: readonly StageDescriptor[] = registeredStages(),
): ('stageNotes' | StageTableName)[] {
  return ['stageNotes', ...stageTableEntries(stages).map(([name]) => name)];
}

export function emptyRoadmapRows(stages: readonly StageDescriptor[] = registeredStages()) {
  // Every table the stages declare gets its list here, so the result has every key.
  return Object.fromEntries(
    roadmapRowTables(stages).map((table) => [table, []]),
  ) as unknown as RoadmapRows;
}

function checkRowsBelongTogether(
  stages: readonly StageDescriptor[],
  file: { roadmap: FileRoadmap; rows: RoadmapRows },
  context: z.core.$RefinementCtx,
) {
  const seenIds = new Set<string>([file.roadmap.id]);
  for (const [table, rows] of Object.entries(file.rows) as [
    string,
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
  const issue = (message: string, path: (string | number)[]) =>
    context.addIssue({ code: 'custom', message, path: ['rows', ...path] });
  for (const stage of stages) stage.checkFile?.(file.rows, issue);
}

function buildFileSchemas(stages: readonly StageDescriptor[]) {
  const rows = z.strictObject({
    // One note per stage (checked below).
    stageNotes: z.array(stageNoteSchema).max(stageSlugs.length),
    ...Object.fromEntries(
      stageTableEntries(stages).map(([name, table]) => [
        name,
        z.array(table.schema).max(table.maxRows),
      ]),
    ),
  });
  const file = z
    .strictObject({
      format: z.literal(roadmapFileFormat),
      version: z.literal(roadmapFileVersion(stages)),
      exportedAt: timestampSchema,
      roadmap: fileRoadmapSchema,
      rows,
    })
    // The rows schema is built from the descriptors; its output is the RoadmapRows type.
    .superRefine((value, context) =>
      checkRowsBelongTogether(stages, value as unknown as RoadmapFile, context),
    );
  const backup = z.strictObject({
    format: z.literal(backupFileFormat),
    version: z.literal(currentBackupFileVersion),
    exportedAt: timestampSchema,
    roadmaps: z.array(file).max(10_000),
  });
  return { rows, file, backup };
}

const schemasByList = new WeakMap<
  readonly StageDescriptor[],
  ReturnType<typeof buildFileSchemas>
>();

/** The zod schemas of the roadmap and backup files for a list of stages (built once per list). */
export function roadmapFileSchemas(stages: readonly StageDescriptor[] = registeredStages()) {
  let schemas = schemasByList.get(stages);
  if (!schemas) {
    schemas = buildFileSchemas(stages);
    schemasByList.set(stages, schemas);
  }
  return schemas;
}
