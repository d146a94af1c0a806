import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { useToast } from '../../../components/ui/toasts';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo, useEditedFields } from '../../../core/kit/use-autosave-write';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { describeStorageError } from '../../../lib/storage-errors';
import type { JourneyData } from '../api/journey-repository';
import { updateTouchpointWrite, useJourneyMutations } from '../api/use-journey-mutations';
import type { JourneyPhase, Touchpoint, TouchpointFields } from '../model/journey';
import {
  otherDevice,
  touchpointFormSchema,
  touchpointFormValues,
  type TouchpointFormValues,
} from '../model/touchpoint-form';
import { TouchpointFormFields } from './touchpoint-form-fields';
import type { JourneyLabels } from './use-journey-labels';

export interface TouchpointFormProps {
  roadmapId: string;
  phase: JourneyPhase;
  /** The touchpoint being edited; null to create one in `phase`. */
  touchpoint: Touchpoint | null;
  deviceOptions: readonly string[];
  channels: JourneyData['channels'];
  kpis: JourneyData['kpis'];
  labels: JourneyLabels;
  onDone: () => void;
}

/**
 * A new touchpoint is added with an explicit button; an existing one saves itself a moment after
 * each valid change. Either way a field that breaks a rule says so next to it and nothing is
 * written.
 */
export function TouchpointForm({
  roadmapId,
  phase,
  touchpoint,
  deviceOptions,
  channels,
  kpis,
  labels,
  onDone,
}: TouchpointFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const mutations = useJourneyMutations(roadmapId);
  const isEditing = touchpoint !== null;
  const { register, formState, handleSubmit, trigger, getValues, watch, setFocus } = useZodForm<
    TouchpointFormValues,
    TouchpointFields
  >(touchpointFormSchema, { defaultValues: touchpointFormValues(touchpoint, deviceOptions) });
  const touchpointId = touchpoint?.id ?? '';
  const { state, schedule, flush } = useAutosaveTo(
    saveTarget(
      updateTouchpointWrite,
      roadmapId,
      `touchpoint:${touchpointId}`,
      (fields: Partial<TouchpointFields>) => ({ touchpointId, fields }),
    ),
  );
  const [isInvalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const isOtherDevice = watch('device') === otherDevice;
  const formRef = useRef<HTMLFormElement>(null);
  const edits = useEditedFields<Partial<TouchpointFields>>(touchpoint ?? {});

  useEffect(() => setFocus('description'), [setFocus]);

  const onEdit = async () => {
    if (!isEditing) return;
    const isValid = await trigger();
    setInvalid(!isValid);
    if (!isValid) return;
    const parsed = touchpointFormSchema.safeParse(getValues());
    // Only the fields changed here: another tab's edit of the others is kept.
    if (parsed.success && touchpoint) schedule(edits.changes(parsed.data, touchpoint));
  };

  const onCreate = handleSubmit(async (fields) => {
    try {
      setFailure(null);
      await mutations.addTouchpoint.mutateAsync({ phaseId: phase.id, fields });
      toast({ message: t('journey.touchpoints.added', { phase: phase.name }) });
      onDone();
    } catch (error) {
      setFailure(problemText(describeStorageError(error)));
    }
  });

  return (
    <form
      ref={formRef}
      className="form journey-touchpoint-form"
      noValidate
      onChange={() => void onEdit()}
      onSubmit={(event) => {
        if (isEditing) {
          event.preventDefault();
          void flush();
        } else void onCreate(event);
      }}
    >
      {isEditing ? (
        <div className="journey-form-status">
          <p className="field-hint">{t('journey.form.editHelp')}</p>
          {isInvalid ? (
            <p className="field-error">{t('journey.form.notSaved')}</p>
          ) : (
            <SaveIndicator state={state} />
          )}
        </div>
      ) : null}
      <TouchpointFormFields
        register={register}
        errors={formState.errors}
        isOtherDevice={isOtherDevice}
        deviceOptions={deviceOptions}
        channels={channels}
        kpis={kpis}
        labels={labels}
      />
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        {isEditing ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              void flush();
              onDone();
            }}
          >
            {t('journey.form.done')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onDone}>
              {t('journey.cancel')}
            </button>
            <button type="submit" className="button button-primary">
              {t('journey.form.submit')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
