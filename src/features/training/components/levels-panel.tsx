import { Fold } from '../../../components/ui/fold';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { TrainingData } from '../api/training-repository';
import type { LevelKind } from '../model/training';
import { LevelsGrid, type LevelRowData } from './levels-grid';
import { SegmentedChoice } from './segmented-choice';
import type { TrainingActions } from './use-training-actions';

export interface LevelsPanelProps {
  data: TrainingData;
  actions: TrainingActions;
}

/** Rows of the grid: roles for required levels; people (or a role with nobody) for current ones. */
export function levelRows(data: TrainingData, kind: LevelKind): LevelRowData[] {
  const levels = new Map<string, number>();
  for (const level of data.levels)
    levels.set(`${level.kind}|${level.holderId}|${level.competencyId}`, level.level);
  const valuesOf = (holderId: string, of: LevelKind) =>
    data.competencies.map((competency) => levels.get(`${of}|${holderId}|${competency.id}`) ?? null);
  if (kind === 'required')
    return data.roles.map((role) => ({
      holderId: role.id,
      name: role.name,
      detail: null,
      values: valuesOf(role.id, 'required'),
      targets: null,
    }));
  return data.roles.flatMap((role): LevelRowData[] => {
    const targets = valuesOf(role.id, 'required');
    const people = data.people.filter((person) => person.roleId === role.id);
    if (people.length === 0)
      return [
        {
          holderId: role.id,
          name: role.name,
          detail: null,
          values: valuesOf(role.id, 'current'),
          targets,
        },
      ];
    return people.map((person) => ({
      holderId: person.id,
      name: person.name,
      detail: role.name,
      values: valuesOf(person.id, 'current'),
      targets,
    }));
  });
}

/** Filled cells and all cells of a grid, counted without building its rows. */
export function levelCounts(data: TrainingData, kind: LevelKind) {
  const competencyIds = new Set(data.competencies.map((competency) => competency.id));
  const holders = new Set(data.roles.map((role) => role.id));
  const roleIds = new Set(holders);
  if (kind === 'current')
    for (const person of data.people.filter((one) => roleIds.has(one.roleId))) {
      holders.add(person.id);
      // A role with people in it has rows for them instead of its own.
      holders.delete(person.roleId);
    }
  const rolesWithPeople = new Set(data.people.map((person) => person.roleId));
  const rowCount =
    kind === 'required'
      ? data.roles.length
      : data.roles.reduce(
          (count, role) =>
            count +
            (rolesWithPeople.has(role.id)
              ? data.people.filter((person) => person.roleId === role.id).length
              : 1),
          0,
        );
  const seen = new Set<string>();
  for (const level of data.levels)
    if (level.kind === kind && holders.has(level.holderId) && competencyIds.has(level.competencyId))
      seen.add(`${level.holderId}|${level.competencyId}`);
  return { filled: seen.size, cells: rowCount * data.competencies.length };
}

/** Up to this many roles and competencies together the grid shows open. */
const shortGrid = 8;

/** Required levels per role, and where each person stands today, on the 1-5 scale. */
export function LevelsPanel({ data, actions }: LevelsPanelProps) {
  const { t } = useTranslation();
  const ready = data.roles.length > 0 && data.competencies.length > 0;
  // The folded line counts the cells filled in both grids.
  const { filled, cells } = useMemo(() => {
    const required = levelCounts(data, 'required');
    const current = levelCounts(data, 'current');
    return {
      filled: { required: required.filled, current: current.filled },
      cells: { required: required.cells, current: current.cells },
    };
  }, [data]);
  return (
    <section className="training-panel" aria-labelledby="training-levels-title">
      <h2 id="training-levels-title">{t('training.levels.heading')}</h2>
      <Fold
        name="training.levels"
        isLazy
        defaultOpen={!ready || data.roles.length + data.competencies.length <= shortGrid}
        summary={t('training.fold.levels', {
          required: filled.required,
          requiredCells: cells.required,
          current: filled.current,
          currentCells: cells.current,
        })}
      >
        <LevelsEditor data={data} actions={actions} isReady={ready} />
      </Fold>
    </section>
  );
}

interface LevelsEditorProps extends LevelsPanelProps {
  isReady: boolean;
}

/** The grid and its choice of levels; its rows are built only once the fold is opened. */
function LevelsEditor({ data, actions, isReady }: LevelsEditorProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LevelKind>('required');
  const rows = useMemo(() => levelRows(data, kind), [data, kind]);
  return (
    <>
      <div className="levels-choice">
        <SegmentedChoice
          label={t('training.levels.mode')}
          value={kind}
          options={[
            { value: 'required', label: t('training.levels.required') },
            { value: 'current', label: t('training.levels.current') },
          ]}
          onChange={setKind}
        />
      </div>
      <p id="levels-grid-help" className="muted">
        {t(`training.levels.help.${kind}`)} {t('training.levels.keys')}
      </p>
      <p className="muted">{t('training.levels.scale')}</p>
      {isReady ? (
        <LevelsGrid
          kind={kind}
          competencies={data.competencies}
          rows={rows}
          onLevel={(holderId, competencyId, level) =>
            void actions.mutations.setLevel
              .mutateAsync({ kind, holderId, competencyId, level })
              .catch(actions.report)
          }
        />
      ) : (
        <p className="empty-note">{t('training.levels.needBoth')}</p>
      )}
    </>
  );
}
