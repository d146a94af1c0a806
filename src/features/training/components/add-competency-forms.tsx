import { useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { CatalogCompetency } from '../api/training-repository';
import {
  competencyCatalog,
  competencyCatalogKeys,
  competencyFamilies,
  type Competency,
  type CompetencyCatalogKey,
  type CompetencyFamily,
} from '../model/training';
import { QuickAddForm } from './quick-add-form';
import type { TrainingActions } from './use-training-actions';

export interface AddCompetencyFormsProps {
  competencies: readonly Competency[];
  actions: TrainingActions;
}

/** Three ways in: all of the method's competencies at once, one from the catalogue, or one's own. */
export function AddCompetencyForms({ competencies, actions }: AddCompetencyFormsProps) {
  const { t } = useTranslation();
  const pickId = useId();
  const familyId = useId();
  const [family, setFamily] = useState<CompetencyFamily>('behavioural');
  const present = new Set(competencies.map((competency) => competency.catalogKey));
  const missing = competencyCatalogKeys.filter((key) => !present.has(key));
  const [picked, setPicked] = useState<CompetencyCatalogKey | ''>('');
  const choice = picked !== '' && missing.includes(picked) ? picked : (missing[0] ?? '');
  const entry = (key: CompetencyCatalogKey): CatalogCompetency => ({
    catalogKey: key,
    name: t(`competencyCatalog.${key}.name`),
    description: t(`competencyCatalog.${key}.description`),
  });
  const add = (keys: readonly CompetencyCatalogKey[]) =>
    void actions.mutations.addCatalogCompetencies
      .mutateAsync(keys.map(entry))
      .catch(actions.report);

  return (
    <div className="competency-adders">
      <button
        type="button"
        className="button button-primary"
        disabled={missing.length === 0}
        onClick={() => add(missing)}
      >
        {missing.length === 0
          ? t('training.competencies.allMethodAdded')
          : t('training.competencies.addMethod', { count: missing.length })}
      </button>
      {missing.length > 0 ? (
        <form
          className="quick-add"
          aria-label={t('training.competencies.fromCatalogue')}
          onSubmit={(event) => {
            event.preventDefault();
            if (choice !== '') add([choice]);
          }}
        >
          <div className="field">
            <label htmlFor={pickId}>{t('training.competencies.fromCatalogue')}</label>
            <select
              id={pickId}
              value={choice}
              onChange={(event) => setPicked(event.target.value as CompetencyCatalogKey)}
            >
              {competencyFamilies.map((group) => (
                <optgroup key={group} label={t(`training.family.${group}`)}>
                  {competencyCatalog[group]
                    .filter((key) => !present.has(key))
                    .map((key) => (
                      <option key={key} value={key}>
                        {t(`competencyCatalog.${key}.name`)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('training.competencies.addPicked')}
          </button>
        </form>
      ) : null}
      <QuickAddForm
        label={t('training.competencies.customName')}
        submitLabel={t('training.competencies.addCustom')}
        onAdd={(name) =>
          actions.mutations.addCustomCompetency
            .mutateAsync({ name, family })
            .catch((error: unknown) => {
              actions.report(error);
              throw error;
            })
        }
      >
        <div className="field field-narrow">
          <label htmlFor={familyId}>{t('training.competencies.family')}</label>
          <select
            id={familyId}
            value={family}
            onChange={(event) => setFamily(event.target.value as CompetencyFamily)}
          >
            {competencyFamilies.map((option) => (
              <option key={option} value={option}>
                {t(`training.family.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </QuickAddForm>
    </div>
  );
}
