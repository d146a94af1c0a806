import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveForm } from '../../../core/kit/use-autosave-form';
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
  const { t } = useTranslation();
  const { form, formProps, state, isInvalid } = useAutosaveForm({
    schema: kpiFormSchema,
    toValues: toKpiFormValues,
    stored: kpi,
    target: saveTarget(
      updateKpiWrite,
      roadmapId,
      `kpi:${kpi.id}`,
      (fields: Partial<KpiFields>) => ({
        kpiId: kpi.id,
        fields,
      }),
    ),
  });

  return (
    <form
      {...formProps}
      className="form kpi-editor"
      aria-label={t('kpis.detail.editing', { name: kpi.name })}
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
      <KpiFormFields register={form.register} errors={form.formState.errors} />
      <KpiLinkFields register={form.register} goals={goals} channels={channels} />
    </form>
  );
}
