import { useTranslation } from 'react-i18next';
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
  const { mutations, removeWithUndo } = actions;
  return (
    <li className="competency-row" aria-label={competency.name}>
      <div className="competency-row-head">
        <InlineNameField
          label={t('training.competencies.name')}
          value={competency.name}
          onSave={(name) =>
            mutations.updateCompetency.mutateAsync({
              competencyId: competency.id,
              changes: { name },
            })
          }
        />
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('training.competencies.remove', { name: competency.name })}
          onClick={() =>
            void removeWithUndo(
              () => mutations.removeCompetency.mutateAsync(competency.id),
              (removed) => mutations.restoreCompetency.mutateAsync(removed),
              {
                removed: t('training.competencies.removed', { name: competency.name }),
                restored: t('training.competencies.restored', { name: competency.name }),
              },
            )
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
