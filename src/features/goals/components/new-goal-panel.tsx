import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { isoDay } from '../../../lib/dates';
import { goalCatalogKeys, type GoalCatalogKey } from '../model/goal';
import { goalDraft } from '../model/goal-catalogue';
import { GoalCreateForm } from './goal-create-form';

type Choice = GoalCatalogKey | 'custom';
const choices: readonly Choice[] = [...goalCatalogKeys, 'custom'];

export interface NewGoalPanelProps {
  roadmapId: string;
  onClose: () => void;
}

/** Adding a goal: pick one of the method's goals (or a custom one), then complete and save it. */
export function NewGoalPanel({ roadmapId, onClose }: NewGoalPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<Choice | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  // Opening moves focus to the first choice; Escape anywhere in the panel cancels, as in a dialog.
  useEffect(() => {
    const panel = panelRef.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeRef.current();
    };
    panel?.addEventListener('keydown', onKey);
    panel?.querySelector('input')?.focus();
    return () => panel?.removeEventListener('keydown', onKey);
  }, []);

  const texts = (key: Choice) =>
    key === 'custom'
      ? { title: t('goals.custom'), description: t('goals.customDescription') }
      : {
          title: t(`goalCatalogue.${key}.title`),
          description: t(`goalCatalogue.${key}.description`),
        };

  const draft = (key: Choice) =>
    key === 'custom'
      ? goalDraft(null, null, isoDay())
      : goalDraft(
          key,
          {
            title: t(`goalCatalogue.${key}.title`),
            description: t(`goalCatalogue.${key}.description`),
            unit: t(`goalCatalogue.${key}.unit`),
          },
          isoDay(),
        );

  return (
    <section ref={panelRef} className="goal-panel goal-new" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('goals.newGoalTitle')}</h2>
      <fieldset className="goal-picker">
        <legend>{t('goals.startFrom')}</legend>
        <p className="muted">{t('goals.startFromHelp')}</p>
        <div className="goal-choices">
          {choices.map((key) => (
            <label key={key} className="goal-choice">
              <input
                type="radio"
                name={`${id}-choice`}
                value={key}
                checked={choice === key}
                aria-labelledby={`${id}-${key}-title`}
                aria-describedby={`${id}-${key}-description`}
                onChange={() => setChoice(key)}
              />
              <span className="goal-choice-text">
                <span id={`${id}-${key}-title`} className="goal-choice-title">
                  {texts(key).title}
                </span>
                <span id={`${id}-${key}-description`} className="goal-choice-description">
                  {texts(key).description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {choice ? (
        // A new choice starts a new form with that goal's values.
        <GoalCreateForm key={choice} roadmapId={roadmapId} draft={draft(choice)} onDone={onClose} />
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('goals.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
