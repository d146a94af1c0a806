import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SampleRoadmapLink } from '../../roadmaps';
import { QuickAddForm } from './quick-add-form';
import { suggestedRoleKeys } from './suggested-roles';
import type { TrainingActions } from './use-training-actions';

export interface TrainingEmptyProps {
  actions: TrainingActions;
}

/** No team yet: what the stage will show, and one clear way to start. */
export function TrainingEmpty({ actions }: TrainingEmptyProps) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const startWithMethodRoles = async () => {
    setBusy(true);
    try {
      for (const key of suggestedRoleKeys)
        await actions.mutations.addRole.mutateAsync({
          name: t(`training.suggestedRoles.${key}.name`),
          description: t(`training.suggestedRoles.${key}.description`),
        });
    } catch (error) {
      actions.report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="training-panel training-empty" aria-labelledby="training-empty-title">
      <h2 id="training-empty-title">{t('training.empty.title')}</h2>
      <p>{t('training.empty.body')}</p>
      <ol className="empty-steps">
        <li>{t('training.empty.step1')}</li>
        <li>{t('training.empty.step2')}</li>
        <li>{t('training.empty.step3')}</li>
        <li>{t('training.empty.step4')}</li>
      </ol>
      <button
        type="button"
        className="button button-primary"
        disabled={isBusy}
        onClick={() => void startWithMethodRoles()}
      >
        {t('training.empty.start')}
      </button>
      <p className="muted">
        {t('training.empty.startHint', {
          roles: suggestedRoleKeys
            .map((key) => t(`training.suggestedRoles.${key}.name`))
            .join(', '),
        })}
      </p>
      <QuickAddForm
        label={t('training.empty.ownRole')}
        submitLabel={t('training.team.addRole')}
        onAdd={(name) =>
          actions.mutations.addRole.mutateAsync({ name }).catch((error: unknown) => {
            actions.report(error);
            throw error;
          })
        }
      />
      <p>
        <SampleRoadmapLink stage="training" />{' '}
        <span className="muted">{t('training.empty.sampleHint')}</span>
      </p>
    </section>
  );
}
