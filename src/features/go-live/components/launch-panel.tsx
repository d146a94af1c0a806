import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { savePlanWrite } from '../api/go-live-queries';
import { isoDay } from '../../../lib/dates';
import { goLivePlanFieldsChecked, type GoLivePlan } from '../model/go-live';
import { countdown } from '../model/launch-timing';
import { DateInput } from './date-input';
import { LaunchCountdown } from './launch-countdown';
import { useDateCheck } from './use-date-check';
import { useDatesDraft } from './use-dates-draft';
import type { GoLiveActions } from './use-go-live-actions';

export const goLiveDateFieldId = 'go-live-date-fields';

export interface LaunchPanelProps {
  plan: GoLivePlan | null;
  actions: GoLiveActions;
}

/** The launch itself: the go-live and pilot dates, the countdown, and the team's notes. */
export function LaunchPanel({ plan, actions }: LaunchPanelProps) {
  const { t } = useTranslation();
  const notes = plan?.notes ?? '';
  const check = useDateCheck<'goLiveDate' | 'pilotDate'>(goLivePlanFieldsChecked, { notes });
  const { group, texts, errors, state, change, flush, hasErrors } = useDatesDraft(
    { goLiveDate: plan?.goLiveDate ?? null, pilotDate: plan?.pilotDate ?? null },
    check,
    saveTarget(savePlanWrite, actions.roadmapId, `go-live:plan:dates`, (values) => values),
  );
  const onBlur = () => void flush();

  return (
    <section
      className="go-live-panel launch-panel"
      aria-labelledby="launch-heading"
      data-stage-result=""
    >
      <div className="panel-heading-row">
        <h2 id="launch-heading">{t('goLive.launch.heading')}</h2>
        {hasErrors ? (
          <p className="field-error">{t('saving.notSaved')}</p>
        ) : (
          <SaveIndicator state={state} />
        )}
      </div>
      <div className="launch-grid">
        <div ref={group} id={goLiveDateFieldId} className="launch-dates">
          <DateInput
            label={t('goLive.launch.goLiveDate')}
            value={texts.goLiveDate}
            error={errors.goLiveDate}
            onChange={(value) => change('goLiveDate', value)}
            onBlur={onBlur}
          />
          <DateInput
            label={t('goLive.launch.pilotDate')}
            value={texts.pilotDate}
            error={errors.pilotDate}
            hint={t('goLive.launch.pilotHint')}
            onChange={(value) => change('pilotDate', value)}
            onBlur={onBlur}
          />
        </div>
        <LaunchCountdown
          countdown={countdown(plan?.goLiveDate ?? null, isoDay())}
          goLiveDate={plan?.goLiveDate ?? null}
          pilotDate={plan?.pilotDate ?? null}
        />
      </div>
      <AutosaveField
        label={t('goLive.launch.notes')}
        hint={t('goLive.launch.notesHint')}
        value={notes}
        multiline
        rows={3}
        readInPresenting
        onSave={saveTarget(savePlanWrite, actions.roadmapId, `go-live:plan:notes`, (value) => ({
          notes: value,
        }))}
      />
    </section>
  );
}
