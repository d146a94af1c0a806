import { useTranslation } from '../../../components/ui/translation';
import { saveTarget } from '../../../core/kit/save-target';
import { updateCompetencyWrite } from '../api/training-queries';
import type { Competency } from '../model/training';
import { InlineNameField } from './inline-name-field';
import type { TrainingActions } from './use-training-actions';

export interface CompetencyRowProps {
  competency: Competency;
  actions: TrainingActions;
}

/** One competency: renamed in place; removing it takes its levels along (Undo brings them back). */
export function CompetencyRow({ competency, actions }: CompetencyRowProps) {
  const { t } = useTranslation();
  const { roadmapId, mutations, removeWithUndo } = actions;
  return (
    <li className="competency-row" aria-label={competency.name}>
      <div className="competency-row-head">
        <InlineNameField
          label={t('training.competencies.name')}
          value={competency.name}
          onSave={saveTarget(
            updateCompetencyWrite,
            roadmapId,
            `competency:${competency.id}:name`,
            (name: string) => ({ competencyId: competency.id, changes: { name } }),
          )}
        />
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('training.competencies.remove', { name: competency.name })}
          onClick={() =>
            void removeWithUndo(() => mutations.removeCompetency.mutateAsync(competency.id), {
              removed: t('training.competencies.removed', { name: competency.name }),
              restored: t('training.competencies.restored', { name: competency.name }),
            })
          }
        >
          {t('training.remove')}
        </button>
      </div>
      {competency.description ? <p className="muted">{competency.description}</p> : null}
      {competency.catalogKey === null ? (
        <p className="badge">{t('training.competencies.own')}</p>
      ) : null}
    </li>
  );
}
