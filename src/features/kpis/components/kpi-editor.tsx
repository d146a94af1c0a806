import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { changedFields, useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { updateKpiWrite } from '../api/kpis-queries';
import type { KpisDashboard } from '../api/kpis-repository';
import type { Kpi, KpiFields } from '../model/kpi';
import { kpiFormSchema, toKpiFormValues } from '../model/kpi-form';
import { KpiFormFields } from './kpi-form-fields';
import { KpiLinkFields } from './kpi-link-fields';

export interface KpiEditorProps {
  roadmapId: string;
  kpi: Kpi;
  goals: KpisDashboard['goals'];
  channels: KpisDashboard['channels'];
}

/**
 * Edits a KPI in place. Every change is checked against the KPI's rules; a valid KPI saves itself
 * a moment later, an invalid one shows why next to the field and writes nothing.
 */
export function KpiEditor({ roadmapId, kpi, goals, channels }: KpiEditorProps) {
  const { t, i18n } = useTranslation();
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(updateKpiWrite, roadmapId, `kpi:${kpi.id}`, (fields: Partial<KpiFields>) => ({
      kpiId: kpi.id,
      fields,
    })),
  );
  const { register, formState, trigger, getValues, reset } = useZodForm(
    kpiFormSchema(i18n.language),
    {
      defaultValues: toKpiFormValues(kpi, i18n.language),
    },
  );
  const [isInvalid, setInvalid] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Take changes made elsewhere (another tab, undo), but never while the user is editing here.
  useEffect(() => {
    if (formRef.current?.contains(document.activeElement) || isBusy()) return;
    reset(toKpiFormValues(kpi, i18n.language));
  }, [kpi, i18n.language, isBusy, reset]);

  const onEdit = async () => {
    const isValid = await trigger();
    setInvalid(!isValid);
    if (!isValid) return;
    const parsed = kpiFormSchema(i18n.language).safeParse(getValues());
    // Only what differs from the stored KPI: another tab's edit of the other fields is kept.
    if (parsed.success) schedule(changedFields(parsed.data, kpi));
  };

  return (
    <form
      ref={formRef}
      className="form kpi-editor"
      noValidate
      aria-label={t('kpis.detail.editing', { name: kpi.name })}
      onChange={() => void onEdit()}
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
    >
      <div className="kpi-heading-row">
        <h3>{t('kpis.detail.editHeading')}</h3>
        {isInvalid ? (
          <p className="field-error">{t('saving.notSaved')}</p>
        ) : (
          <SaveIndicator state={state} />
        )}
      </div>
      <p className="field-hint">{t('kpis.detail.editHelp')}</p>
      <KpiFormFields register={register} errors={formState.errors} />
      <KpiLinkFields register={register} goals={goals} channels={channels} />
    </form>
  );
}
