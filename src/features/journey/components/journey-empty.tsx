import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import {
  journeyTemplateKeys,
  templatePhaseNames,
  type JourneyTemplateKey,
} from '../model/journey-templates';
import type { JourneyActions } from './use-journey-actions';

export interface JourneyEmptyProps {
  actions: JourneyActions;
}

/** No phases yet: what the map will show, and three ways to start it. */
export function JourneyEmpty({ actions }: JourneyEmptyProps) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const start = async (names: string[]) => {
    setBusy(true);
    try {
      await actions.mutations.applyTemplate.mutateAsync(names);
    } catch (error) {
      actions.report(error);
    } finally {
      setBusy(false);
    }
  };
  const names = (template: JourneyTemplateKey) =>
    templatePhaseNames(template, (key) =>
      t(`journey.templates.${template}.phases.${key}` as 'journey.templates.lifecycle.phases.buy'),
    );
  return (
    <section className="journey-panel journey-empty" aria-labelledby="journey-empty-title">
      <h2 id="journey-empty-title">{t('journey.emptyTitle')}</h2>
      <p>{t('journey.emptyBody')}</p>
      <h3>{t('journey.templatesHeading')}</h3>
      <ul className="journey-templates">
        {journeyTemplateKeys.map((template) => (
          <li key={template} className="journey-template">
            <p className="journey-template-name">{t(`journey.templates.${template}.name`)}</p>
            <p className="muted">{t(`journey.templates.${template}.description`)}</p>
            <p className="journey-template-phases">{names(template).join(' → ')}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={isBusy}
              onClick={() => void start(names(template))}
            >
              {t('journey.useTemplate', { name: t(`journey.templates.${template}.name`) })}
            </button>
          </li>
        ))}
        <li className="journey-template">
          <p className="journey-template-name">{t('journey.fromScratch')}</p>
          <p className="muted">{t('journey.fromScratchDescription')}</p>
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => void start([t('journey.newPhaseName', { number: 1 })])}
          >
            {t('journey.fromScratch')}
          </button>
        </li>
      </ul>
      <p className="muted">{t('journey.sampleHint')}</p>
    </section>
  );
}
