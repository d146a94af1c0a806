import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { defineWrite, useWrite } from '../../../core/write/define-write';
import { storeJournaled } from '../../../core/write/drafts';
import type { Score } from '../model/starting-point';
import type {
  RoomAssessor,
  ScoreChange,
  StartingPointData,
  SubjectChanges,
} from './starting-point-repository';
import { loadOnce } from '../../../core/stage-descriptor';

/** The code that reads and writes the stage's rows, kept once loaded (see loadOnce). */
export const repository = loadOnce(() => import('./starting-point-repository'));

export const startingPointQueries = {
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: queryKeys.stage(roadmapId, 'starting-point'),
      queryFn: async () => (await repository()).getStartingPoint(roadmapId),
    }),
};

const stage = 'starting-point';

export const addCompetitorWrite = defineWrite({
  name: 'starting-point.addCompetitor',
  load: repository,
  write: (repo, roadmapId, name: string) => repo.addCompetitor(roadmapId, name),
  label: (name) => ({ action: 'add', stage, name }),
});

export interface SubjectPatch {
  subjectId: string;
  changes: SubjectChanges;
}

export const updateSubjectWrite = defineWrite({
  name: 'starting-point.updateSubject',
  load: repository,
  write: (repo, roadmapId, { subjectId, changes }: SubjectPatch) =>
    repo.updateSubject(roadmapId, subjectId, changes),
  label: (_patch, subject) => ({ action: 'edit', stage, name: subject.name }),
  coalesce: ({ subjectId, changes }) =>
    `subject:${subjectId}:${Object.entries(changes)
      .map(([key, value]) =>
        typeof value === 'object' && !Array.isArray(value) ? `${key}.${Object.keys(value)}` : key,
      )
      .sort()
      .join()}`,
});

export const removeSubjectWrite = defineWrite({
  name: 'starting-point.removeSubject',
  load: repository,
  write: (repo, roadmapId, subjectId: string) => repo.removeSubject(roadmapId, subjectId),
  label: (_id, removed) => ({ action: 'remove', stage, name: removed.subject.name }),
});

export const moveSubjectWrite = defineWrite({
  name: 'starting-point.moveSubject',
  load: repository,
  write: (repo, roadmapId, { subjectId, step }: { subjectId: string; step: -1 | 1 }) =>
    repo.moveSubject(roadmapId, subjectId, step),
  label: () => ({ action: 'move', stage }),
});

export const addAssessorWrite = defineWrite({
  name: 'starting-point.addAssessor',
  load: repository,
  write: (repo, roadmapId, name: string) => repo.addAssessor(roadmapId, name),
  label: (name) => ({ action: 'add', stage, name }),
});

export const renameAssessorWrite = defineWrite({
  name: 'starting-point.renameAssessor',
  load: repository,
  write: (repo, roadmapId, { assessorId, name }: { assessorId: string; name: string }) =>
    repo.renameAssessor(roadmapId, assessorId, name),
  label: ({ name }) => ({ action: 'edit', stage, name }),
  coalesce: ({ assessorId }) => `assessor:${assessorId}:name`,
});

export const removeAssessorWrite = defineWrite({
  name: 'starting-point.removeAssessor',
  load: repository,
  write: (repo, roadmapId, assessorId: string) => repo.removeAssessor(roadmapId, assessorId),
  label: (_id, removed) => ({ action: 'remove', stage, name: removed.assessor.name }),
});

export const setScoreWrite = defineWrite({
  name: 'starting-point.setScore',
  load: repository,
  write: (repo, roadmapId, change: ScoreChange) => repo.setScore(roadmapId, change),
  label: () => ({ action: 'score', stage }),
});

export const addRoomAssessorsWrite = defineWrite({
  name: 'starting-point.addRoomAssessors',
  load: repository,
  write: (repo, roadmapId, room: { code: string; people: RoomAssessor[] }) =>
    repo.addRoomAssessors(roadmapId, room),
  label: ({ code }) => ({ action: 'room', stage, name: code }),
});

/** Ticking a channel shows at once; the write follows. */
function withSubjectChanges(data: unknown, { subjectId, changes }: SubjectPatch): unknown {
  const previous = data as StartingPointData;
  const subjects = previous.subjects.map((subject) =>
    subject.id === subjectId
      ? {
          ...subject,
          ...changes,
          evidence: { ...subject.evidence, ...changes.evidence },
        }
      : subject,
  );
  return { ...previous, subjects };
}

export function useStartingPointMutations(roadmapId: string) {
  const key = startingPointQueries.detail(roadmapId).queryKey;
  return {
    addCompetitor: useWrite(addCompetitorWrite, roadmapId),
    updateSubject: useWrite(updateSubjectWrite, roadmapId, {
      queryKey: key,
      update: withSubjectChanges,
    }),
    removeSubject: useWrite(removeSubjectWrite, roadmapId),
    moveSubject: useWrite(moveSubjectWrite, roadmapId),
    addAssessor: useWrite(addAssessorWrite, roadmapId),
    renameAssessor: useWrite(renameAssessorWrite, roadmapId),
    removeAssessor: useWrite(removeAssessorWrite, roadmapId),
    addRoomAssessors: useWrite(addRoomAssessorsWrite, roadmapId),
  };
}

/** The grid as it will be once a score lands: typing in a room never waits for the database. */
function withScore(roadmapId: string) {
  return (data: unknown, change: ScoreChange): unknown => {
    const previous = data as StartingPointData;
    if (change.assessorId === null) return previous;
    const sameCell = (score: Score) =>
      score.subjectId === change.subjectId &&
      score.assessorId === change.assessorId &&
      score.theme === change.theme;
    const others = previous.scores.filter((score) => !sameCell(score));
    const existing = previous.scores.find(sameCell);
    const now = new Date().toISOString();
    const optimistic: Score[] =
      change.value === null
        ? []
        : [
            {
              id: existing?.id ?? `pending-${change.subjectId}-${change.theme}`,
              roadmapId,
              subjectId: change.subjectId,
              assessorId: change.assessorId,
              theme: change.theme,
              value: change.value,
              createdAt: existing?.createdAt ?? now,
              updatedAt: now,
            },
          ];
    return { ...previous, scores: [...others, ...optimistic] };
  };
}

/**
 * Scores repaint at once: the cache is updated before the write, and put back if it fails. Fast
 * typing queues several writes: the refresh comes once, after the last one, so an early refresh
 * never shows a cell without a score that is still being written. Each score is in the draft
 * journal from its key press until stored: a reload right after typing keeps it.
 */
export function useSetScore(roadmapId: string): (change: ScoreChange) => Promise<Score | null> {
  const key = startingPointQueries.detail(roadmapId).queryKey;
  const { mutateAsync } = useWrite(
    setScoreWrite,
    roadmapId,
    { queryKey: key, update: withScore(roadmapId) },
    { refreshAfterBurst: true },
  );
  // One cell of one assessor (the first, or the one the write creates, when none is chosen).
  // Storing the same score twice is harmless, so the journal may replay one already stored.
  return (change) =>
    storeJournaled(
      {
        id: `score:${change.assessorId ?? 'first'}:${change.subjectId}:${change.theme}`,
        operation: setScoreWrite.name,
        roadmapId,
        args: change,
      },
      () => mutateAsync(change),
    );
}
