import { Fold } from '../../../components/ui/fold';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
function levelRows(data: TrainingData, kind: LevelKind): LevelRowData[] {
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

/** Up to this many roles and competencies together the grid shows open. */
const shortGrid = 8;

/** Required levels per role, and where each person stands today, on the 1-5 scale. */
export function LevelsPanel({ data, actions }: LevelsPanelProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LevelKind>('required');
  const rows = useMemo(() => levelRows(data, kind), [data, kind]);
  const ready = data.roles.length > 0 && data.competencies.length > 0;
  // The folded line counts the cells filled in both grids.
  const { filled, cells } = useMemo(() => {
    const count = (of: LevelKind) => {
      const all = levelRows(data, of).flatMap((row) => row.values);
      return { filled: all.filter((value) => value !== null).length, cells: all.length };
    };
    const required = count('required');
    const current = count('current');
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
        {ready ? (
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
      </Fold>
    </section>
  );
}
