import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../components/ui/translation';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { kpiDirections, measurementFrequencies } from '../model/kpi';
import type { KpiFormValues } from '../model/kpi-form';
import { KpiSelectField } from './kpi-select-field';

export interface KpiFormFieldsProps {
  register: UseFormRegister<KpiFormValues>;
  errors: FieldErrors<KpiFormValues>;
}

/** A KPI's definition and plan, in reading order. */
export function KpiFormFields({ register, errors }: KpiFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="kpi-form-grid">
      <div className="kpi-span-2">
        <TextField
          label={t('kpis.fields.name')}
          autoComplete="off"
          required
          error={errors.name?.message}
          {...register('name')}
        />
      </div>
      <TextField
        label={t('kpis.fields.unit')}
        autoComplete="off"
        error={errors.unit?.message}
        {...register('unit')}
      />
      <KpiSelectField
        label={t('kpis.fields.direction')}
        options={kpiDirections.map((value) => ({ value, label: t(`kpis.directions.${value}`) }))}
        error={errors.direction?.message}
        {...register('direction')}
      />
      <div className="kpi-span-4">
        <TextAreaField
          label={t('kpis.fields.definition')}
          rows={2}
          error={errors.definition?.message}
          {...register('definition')}
        />
      </div>
      <TextField
        label={t('kpis.fields.baseline')}
        inputMode="decimal"
        autoComplete="off"
        hint={t('kpis.hints.numbers')}
        error={errors.baseline?.message}
        {...register('baseline')}
      />
      <TextField
        label={t('kpis.fields.baselineDate')}
        type="date"
        error={errors.baselineDate?.message}
        {...register('baselineDate')}
      />
      <TextField
        label={t('kpis.fields.target')}
        inputMode="decimal"
        autoComplete="off"
        error={errors.target?.message}
        {...register('target')}
      />
      <TextField
        label={t('kpis.fields.targetDate')}
        type="date"
        error={errors.targetDate?.message}
        {...register('targetDate')}
      />
      <KpiSelectField
        label={t('kpis.fields.frequency')}
        options={measurementFrequencies.map((value) => ({
          value,
          label: t(`kpis.frequencies.${value}`),
        }))}
        error={errors.frequency?.message}
        {...register('frequency')}
      />
      <TextField
        label={t('kpis.fields.source')}
        autoComplete="off"
        error={errors.source?.message}
        {...register('source')}
      />
      <div className="kpi-span-2">
        <TextField
          label={t('kpis.fields.owner')}
          autoComplete="off"
          error={errors.owner?.message}
          {...register('owner')}
        />
      </div>
      <p className="field-hint kpi-span-4">{t('kpis.hints.baselineDate')}</p>
    </div>
  );
}
