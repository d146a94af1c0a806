import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toasts';
import { useDebouncedValue } from '../../../components/ui/use-debounced-value';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import { describeStorageError } from '../../../lib/storage-errors';
import { LiveRoom, type RoomPerson, type RoomSetup } from '../../live-room';
import type { SubjectChanges } from '../api/starting-point-repository';
import {
  startingPointQueries,
  useSetScore,
  useStartingPointMutations,
} from '../api/starting-point-queries';
import { positioningPoints, resultsBySubject, summarizeStartingPoint } from '../model/scoring';
import {
  themes,
  type Assessor,
  type Score,
  type Subject,
  type Theme,
} from '../model/starting-point';
import { AssessorBar } from './assessor-bar';
import { ResultsSummary } from './results-summary';
import { ScoreGrid } from './score-grid';
import { SubjectMeansTable } from './subject-means-table';
import { SubjectsPanel } from './subjects-panel';
import { PositioningChart } from './positioning-chart';
import { ThemeBarsChart } from './theme-bars-chart';
import './starting-point.css';

/** Stage 1: who is scored, by whom, the scoring grid, and where the company stands. */
export function StartingPointStage({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const { data } = useQuery(startingPointQueries.detail(roadmapId));
  const mutations = useStartingPointMutations(roadmapId);
  const setScore = useSetScore(roadmapId);
  const [chosenAssessorId, setChosenAssessorId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Subject | null>(null);
  const [removingAssessor, setRemovingAssessor] = useState<Assessor | null>(null);
  const removeWithUndo = useUndoableRemove(roadmapId);

  const subjects = useMemo(() => data?.subjects ?? [], [data]);
  const scores = useMemo(() => data?.scores ?? [], [data]);
  const assessors = useMemo(() => data?.assessors ?? [], [data]);
  const assessor =
    assessors.find((candidate) => candidate.id === chosenAssessorId) ?? assessors[0] ?? null;
  // The grid repaints with the key press; the summary and charts (the bars' recharts redraw
  // takes ~100 ms with 60 subjects) follow once typing pauses.
  const settledScores = useDebouncedValue(scores, 250);
  // The room's scores join the results once the facilitator reveals them, as they arrive.
  const [roomPeople, setRoomPeople] = useState<readonly RoomPerson[] | null>(null);
  const roomScores = useMemo(() => roomScoreRows(roadmapId, roomPeople), [roadmapId, roomPeople]);
  // The grid's room column (mean and spread per cell) counts the revealed phones too.
  const results = useMemo(
    () => resultsBySubject(subjects, roomScores.length === 0 ? scores : [...scores, ...roomScores]),
    [subjects, scores, roomScores],
  );
  // The scores as first read show at once; only later changes wait for typing to pause.
  const ownScores = settledScores.length === 0 ? scores : settledScores;
  const deferredScores = useMemo(
    () => (roomScores.length === 0 ? ownScores : [...ownScores, ...roomScores]),
    [ownScores, roomScores],
  );
  const roomSetup = useMemo(
    (): RoomSetup | null =>
      subjects.length === 0
        ? null
        : {
            kind: 'scores',
            // As the method asks: the competitors first, then the own company on the same yardstick.
            subjects: [...subjects]
              .sort((a, b) => Number(a.kind === 'own') - Number(b.kind === 'own'))
              .map((subject) => ({
                id: subject.id,
                name: subject.name,
                own: subject.kind === 'own',
              })),
            themes: themes.map((theme) => ({
              id: theme,
              label: t(`startingPoint.themesShort.${theme}`),
            })),
          },
    [subjects, t],
  );
  const deferredResults = useMemo(
    () => resultsBySubject(subjects, deferredScores),
    [subjects, deferredScores],
  );
  const summary = useMemo(
    () => summarizeStartingPoint(subjects, deferredScores),
    [subjects, deferredScores],
  );
  const values = useMemo(() => {
    const map = new Map<string, number>();
    for (const score of scores)
      if (score.assessorId === assessor?.id)
        map.set(`${score.subjectId}|${score.theme}`, score.value);
    return map;
  }, [scores, assessor?.id]);
  const points = useMemo(
    () => positioningPoints(subjects, deferredScores),
    [subjects, deferredScores],
  );
  const bars = useMemo(
    () =>
      subjects.map((subject) => ({
        name: subject.name,
        isOwn: subject.kind === 'own',
        digital: deferredResults.get(subject.id)?.digital.mean ?? null,
        culture: deferredResults.get(subject.id)?.culture.mean ?? null,
      })),
    [subjects, deferredResults],
  );

  const report = (error: unknown) => {
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });
  };
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      report(error);
    }
  };

  const onScore = useStableCallback(
    (subjectId: string, theme: Theme, value: number | null) =>
      void run(() =>
        setScore({
          subjectId,
          theme,
          value,
          assessorId: assessor?.id ?? null,
          defaultAssessorName: t('startingPoint.defaultAssessor'),
        }),
      ),
  );
  const removeAssessorQuestion = (target: Assessor) => {
    const count = scores.filter((score) => score.assessorId === target.id).length;
    return count === 0
      ? t('startingPoint.removeAssessorConfirmEmpty', { name: target.name })
      : t('startingPoint.removeAssessorConfirm', { name: target.name, count });
  };
  const removeAssessor = (target: Assessor) => {
    const count = scores.filter((score) => score.assessorId === target.id).length;
    void removeWithUndo(() => mutations.removeAssessor.mutateAsync(target.id), {
      removed:
        count === 0
          ? t('startingPoint.assessorRemovedEmpty', { name: target.name })
          : t('startingPoint.assessorRemoved', { name: target.name, count }),
      restored: t('startingPoint.restored', { name: target.name }),
    });
  };
  const addCompetitor = useStableCallback((name: string) =>
    run(() => mutations.addCompetitor.mutateAsync(name)),
  );
  const changeSubject = useStableCallback((subjectId: string, changes: SubjectChanges) =>
    mutations.updateSubject.mutateAsync({ subjectId, changes }),
  );
  const keepRoom = useStableCallback(
    ({ code, people }: { code: string; people: readonly RoomPerson[] }) =>
      mutations.addRoomAssessors.mutateAsync({
        code,
        people: people.map((person) => ({
          key: person.key,
          nickname: person.nickname,
          scores: person.answers.scores,
        })),
      }),
  );
  const moveSubject = useStableCallback(
    (subjectId: string, step: -1 | 1) =>
      void run(() => mutations.moveSubject.mutateAsync({ subjectId, step })),
  );

  if (!data) return <p className="loading-inline" aria-busy="true" />;

  return (
    <div className="starting-point">
      <LiveRoom
        roadmapId={roadmapId}
        target="starting-point"
        title={t('liveRoom.scoresTitle')}
        setup={roomSetup}
        onLive={setRoomPeople}
        keep={keepRoom}
      />
      {/* What the room came for first: where the company stands; then who is scored, and how. */}
      <section
        className="panel results-panel"
        aria-labelledby="results-heading"
        // The room's own scores: presenting mode covers them until the facilitator reveals them.
        data-room-results=""
        data-stage-result=""
      >
        <h2 id="results-heading">{t('startingPoint.resultsHeading')}</h2>
        <ResultsSummary summary={summary} />
        {points.length > 0 ? (
          <div className="charts">
            <PositioningChart points={points} />
            <ThemeBarsChart bars={bars} />
          </div>
        ) : null}
        <SubjectMeansTable subjects={subjects} results={deferredResults} />
      </section>

      <SubjectsPanel
        roadmapId={roadmapId}
        subjects={subjects}
        onAdd={addCompetitor}
        onChange={changeSubject}
        onMove={moveSubject}
        onRemove={setRemoving}
      />

      <section className="panel scoring-panel" aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t('startingPoint.gridHeading')}</h2>
        <p className="muted">{t('startingPoint.assessorsHelp')}</p>
        <AssessorBar
          assessors={assessors}
          selectedId={assessor?.id ?? null}
          onSelect={setChosenAssessorId}
          onAdd={(name) =>
            run(async () => {
              const added = await mutations.addAssessor.mutateAsync(name);
              setChosenAssessorId(added.id);
            })
          }
          onRemove={setRemovingAssessor}
        />
        <p id="score-grid-help" className="field-hint">
          {t('startingPoint.gridHelp')}
        </p>
        <ScoreGrid
          subjects={subjects}
          assessorName={assessor?.name ?? t('startingPoint.defaultAssessor')}
          values={values}
          results={results}
          onScore={onScore}
        />
      </section>

      <Dialog
        open={removing !== null}
        title={removing ? t('startingPoint.removeConfirm', { name: removing.name }) : ''}
        onClose={() => setRemoving(null)}
      >
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={() => setRemoving(null)}>
            {t('library.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const target = removing;
              setRemoving(null);
              if (!target) return;
              void removeWithUndo(() => mutations.removeSubject.mutateAsync(target.id), {
                removed: t('startingPoint.removed', { name: target.name }),
                restored: t('startingPoint.restored', { name: target.name }),
              });
            }}
          >
            {t('startingPoint.remove')}
          </button>
        </div>
      </Dialog>

      <Dialog
        open={removingAssessor !== null}
        title={removingAssessor ? removeAssessorQuestion(removingAssessor) : ''}
        onClose={() => setRemovingAssessor(null)}
      >
        <div className="form-actions">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setRemovingAssessor(null)}
          >
            {t('library.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const target = removingAssessor;
              setRemovingAssessor(null);
              if (target) removeAssessor(target);
            }}
          >
            {t('startingPoint.remove')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

/** The room's revealed scores as score rows of assessors of their own, for the results only. */
function roomScoreRows(roadmapId: string, people: readonly RoomPerson[] | null): Score[] {
  if (!people) return [];
  return people.flatMap((person) =>
    person.answers.scores.flatMap((score) =>
      (themes as readonly string[]).includes(score.theme)
        ? [
            {
              id: `room-${person.key}-${score.subjectId}-${score.theme}`,
              roadmapId,
              subjectId: score.subjectId,
              assessorId: `room-${person.key}`,
              theme: score.theme as Theme,
              value: score.value,
              createdAt: '',
              updatedAt: '',
            },
          ]
        : [],
    ),
  );
}
