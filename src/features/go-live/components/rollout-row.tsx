import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { saveRolloutWrite } from '../api/go-live-queries';
import {
  rolloutFieldsChecked,
  rolloutSteps,
  type Rollout,
  type RolloutStep,
} from '../model/go-live';
import { DateInput } from './date-input';
import { useDateCheck } from './use-date-check';
import { useDatesDraft } from './use-dates-draft';
import type { GoLiveActions } from './use-go-live-actions';

export const rolloutRowId = (channelId: string) => `rollout-${channelId}`;

export interface RolloutRowProps {
  channelId: string;
  name: string;
  rollout: Rollout | undefined;
  actions: GoLiveActions;
}

/** One planned channel's three steps and a note, each saving itself. */
export function RolloutRow({ channelId, name, rollout, actions }: RolloutRowProps) {
  const { t } = useTranslation();
  const notes = rollout?.notes ?? '';
  const check = useDateCheck<RolloutStep>(rolloutFieldsChecked, { notes });
  const { group, texts, errors, state, change, flush, hasErrors } = useDatesDraft(
    {
      pilotDate: rollout?.pilotDate ?? null,
      softLaunchDate: rollout?.softLaunchDate ?? null,
      fullDate: rollout?.fullDate ?? null,
    },
    check,
    saveTarget(saveRolloutWrite, actions.roadmapId, `rollout:${channelId}:dates`, (values) => ({
      channelId,
      patch: values,
    })),
  );
  return (
    <li className="rollout-row">
      <fieldset id={rolloutRowId(channelId)} tabIndex={-1}>
        <legend>{t('goLive.rollout.group', { name })}</legend>
        <div className="rollout-row-status">
          {hasErrors ? (
            <p className="field-error">{t('saving.notSaved')}</p>
          ) : (
            <SaveIndicator state={state} />
          )}
        </div>
        <div ref={group} className="rollout-dates">
          {rolloutSteps.map((step) => (
            <DateInput
              key={step}
              label={t(`goLive.rollout.${step}`)}
              value={texts[step]}
              error={errors[step]}
              onChange={(value) => change(step, value)}
              onBlur={() => void flush()}
            />
          ))}
        </div>
        <AutosaveField
          label={t('goLive.rollout.notes')}
          value={notes}
          onSave={saveTarget(
            saveRolloutWrite,
            actions.roadmapId,
            `rollout:${channelId}:notes`,
            (value: string) => ({ channelId, patch: { notes: value } }),
          )}
        />
      </fieldset>
    </li>
  );
}
