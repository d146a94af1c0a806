import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateStageWrite } from '../../../core/invalidate-stage-write';
import type { Score } from '../model/starting-point';
import type {
  RemovedSubject,
  ScoreChange,
  StartingPointData,
  SubjectChanges,
} from './starting-point-repository';

const repository = () => import('./starting-point-repository');

export const startingPointQueries = {
  detail: (roadmapId: string) =>
    queryOptions({
      queryKey: ['roadmaps', 'rows', roadmapId, 'starting-point'],
      queryFn: async () => (await repository()).getStartingPoint(roadmapId),
    }),
};

/** After any starting-point write: its rows, and the roadmap's progress in the library and stepper. */
function useInvalidate(roadmapId: string) {
  const queryClient = useQueryClient();
  return () =>
    invalidateStageWrite(queryClient, roadmapId, startingPointQueries.detail(roadmapId).queryKey);
}

export function useStartingPointMutations(roadmapId: string) {
  const queryClient = useQueryClient();
  const key = startingPointQueries.detail(roadmapId).queryKey;
  const invalidate = useInvalidate(roadmapId);
  const options = { onSettled: invalidate };
  return {
    addCompetitor: useMutation({
      mutationFn: async (name: string) => (await repository()).addCompetitor(roadmapId, name),
      ...options,
    }),
    updateSubject: useMutation({
      mutationFn: async ({ subjectId, changes }: { subjectId: string; changes: SubjectChanges }) =>
        (await repository()).updateSubject(roadmapId, subjectId, changes),
      // Ticking a channel shows at once; the write follows.
      onMutate: async ({ subjectId, changes }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData<StartingPointData>(key);
        if (previous) {
          const subjects = previous.subjects.map((subject) =>
            subject.id === subjectId ? { ...subject, ...changes } : subject,
          );
          queryClient.setQueryData<StartingPointData>(key, { ...previous, subjects });
        }
        return { previous };
      },
      onError: (_error, _change, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
      },
      ...options,
    }),
    removeSubject: useMutation({
      mutationFn: async (subjectId: string) =>
        (await repository()).removeSubject(roadmapId, subjectId),
      ...options,
    }),
    restoreSubject: useMutation({
      mutationFn: async (removed: RemovedSubject) =>
        (await repository()).restoreSubject(roadmapId, removed),
      ...options,
    }),
    moveSubject: useMutation({
      mutationFn: async ({ subjectId, step }: { subjectId: string; step: -1 | 1 }) =>
        (await repository()).moveSubject(roadmapId, subjectId, step),
      ...options,
    }),
    addAssessor: useMutation({
      mutationFn: async (name: string) => (await repository()).addAssessor(roadmapId, name),
      ...options,
    }),
    renameAssessor: useMutation({
      mutationFn: async ({ assessorId, name }: { assessorId: string; name: string }) =>
        (await repository()).renameAssessor(roadmapId, assessorId, name),
      ...options,
    }),
    removeAssessor: useMutation({
      mutationFn: async (assessorId: string) =>
        (await repository()).removeAssessor(roadmapId, assessorId),
      ...options,
    }),
  };
}

/**
 * Scores repaint at once: the cache is updated before the write, and put back if the write fails.
 * Typing in a room must never wait for the database.
 */
export function useSetScore(roadmapId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(roadmapId);
  const key = startingPointQueries.detail(roadmapId).queryKey;
  const mutationKey = ['set-score', roadmapId];
  return useMutation({
    mutationKey,
    mutationFn: async (change: ScoreChange) => (await repository()).setScore(roadmapId, change),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<StartingPointData>(key);
      if (previous && change.assessorId !== null) {
        const sameCell = (score: Score) =>
          score.subjectId === change.subjectId &&
          score.assessorId === change.assessorId &&
          score.theme === change.theme;
        const others = previous.scores.filter((score) => !sameCell(score));
        const existing = previous.scores.find(sameCell);
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
                  createdAt: existing?.createdAt ?? new Date().toISOString(),
                  updatedAt: new Date().toISOString(),
                },
              ];
        queryClient.setQueryData<StartingPointData>(key, {
          ...previous,
          scores: [...others, ...optimistic],
        });
      }
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    // Fast typing queues several writes: refetch once, after the last one, so an earlier refetch
    // never shows a cell without a score that is still being written.
    onSettled: () => (queryClient.isMutating({ mutationKey }) === 1 ? invalidate() : undefined),
  });
}
