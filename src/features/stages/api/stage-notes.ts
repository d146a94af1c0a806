import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite } from '../../../core/write/define-write';
import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import type { StageSlug } from '../../../lib/stages';
import { stageNoteSchema, type StageNote } from '../../../core/stage-note';
import { progressTables, refreshStageProgress } from '../../../core/stage-progress';

export async function getStageNote(roadmapId: string, stage: StageSlug): Promise<StageNote | null> {
  return (
    (await db.stageNotes.where('[roadmapId+stage]').equals([roadmapId, stage]).first()) ?? null
  );
}

/**
 * Saves the note of one stage and refreshes that stage's progress and the roadmap's last change,
 * in one transaction: the library never shows a status the rows do not back.
 */
export function saveStageNote(
  roadmapId: string,
  stage: StageSlug,
  text: string,
): Promise<StageNote> {
  return db.transaction('rw', progressTables(stage), async () => {
    const now = nowIso();
    const existing = await getStageNote(roadmapId, stage);
    const note = stageNoteSchema.parse({
      id: existing?.id ?? newId(),
      roadmapId,
      stage,
      text,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.stageNotes.put(note);
    await refreshStageProgress(roadmapId, stage);
    return note;
  });
}

export const stageNoteQueries = {
  detail: (roadmapId: string, stage: StageSlug) =>
    queryOptions({
      queryKey: queryKeys.stage(roadmapId, `stageNotes-${stage}`),
      queryFn: () => getStageNote(roadmapId, stage),
    }),
};

export const saveStageNoteWrite = defineWrite({
  name: 'notes.save',
  load: async () => undefined,
  write: (_none, roadmapId, { stage, text }: { stage: StageSlug; text: string }) =>
    saveStageNote(roadmapId, stage, text),
  label: ({ stage }) => ({ action: 'edit', stage }),
  coalesce: ({ stage }) => `notes.save:${stage}`,
});
