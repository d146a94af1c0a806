import { Fold } from '../../../components/ui/fold';
import { useTranslation } from '../../../components/ui/translation';
import type { TrainingData } from '../api/training-repository';
import { competencyFamilies } from '../model/training';
import { AddCompetencyForms } from './add-competency-forms';
import { CompetencyRow } from './competency-row';
import type { TrainingActions } from './use-training-actions';

export interface CompetenciesPanelProps {
  data: TrainingData;
  actions: TrainingActions;
}

/** Up to this many competencies the list shows open. */
const shortList = 6;

/** The skills the plan is built on, technical and behavioural, from the method or the team's own. */
export function CompetenciesPanel({ data, actions }: CompetenciesPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="training-panel" aria-labelledby="training-competencies-title">
      <h2 id="training-competencies-title">{t('training.competencies.heading')}</h2>
      <p className="muted">{t('training.competencies.help')}</p>
      <Fold
        name="training.competencies"
        isLazy
        defaultOpen={data.competencies.length <= shortList}
        summary={t('training.fold.competencies', {
          count: data.competencies.length,
          technical: t('training.fold.technical', {
            count: data.competencies.filter((row) => row.family === 'technical').length,
          }),
          behavioural: t('training.fold.behavioural', {
            count: data.competencies.filter((row) => row.family === 'behavioural').length,
          }),
        })}
      >
        <AddCompetencyForms competencies={data.competencies} actions={actions} />
        {competencyFamilies.map((family) => {
          const list = data.competencies.filter((competency) => competency.family === family);
          return (
            <div key={family} className="competency-family">
              <h3>
                <span className={`family-mark family-mark-${family}`} aria-hidden="true" />
                {t(`training.family.${family}`)} <span className="muted">({list.length})</span>
              </h3>
              {list.length === 0 ? (
                <p className="muted">{t('training.competencies.noneInFamily')}</p>
              ) : (
                <ul
                  className="competency-list"
                  aria-label={t('training.competencies.listOf', {
                    family: t(`training.family.${family}`),
                  })}
                >
                  {list.map((competency) => (
                    <CompetencyRow key={competency.id} competency={competency} actions={actions} />
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </Fold>
    </section>
  );
}
