import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { TextField } from '../../../components/ui/text-field';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { formatNumberInput } from '../../../core/numbers';
import { kpiCatalogKeys, type Kpi, type KpiCatalogKey, type KpiFields } from '../model/kpi';
import { kpiCatalogue } from '../model/kpi-catalogue';
import { kpiStartForGoal, type KpiGoal } from '../model/kpi-for-goal';
import { kpiFormSchema, type KpiFormValues } from '../model/kpi-form';
import { KpiSelectField } from './kpi-select-field';

export interface AddKpiFormProps {
  goals: readonly KpiGoal[];
  /** The goal the new KPI is for, when opened from "no KPI for this goal". */
  goalId: string | null;
  onAdd: (fields: KpiFields) => Promise<Kpi>;
  onAdded: (kpi: Kpi) => void;
  onCancel: () => void;
}

const custom = 'custom';
const noGoal = '';

/**
 * Picks a KPI from the method's catalogue (with its unit, direction and frequency) or a custom
 * one. A KPI for a goal starts from the goal: the fitting KPI, the goal's numbers, unit and
 * deadline, linked to it; everything can be changed before it is added.
 */
export function AddKpiForm({ goals, goalId, onAdd, onAdded, onCancel }: AddKpiFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const titleId = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const catalogueTexts = (key: KpiCatalogKey) => ({
    name: t(`kpiCatalogue.items.${key}.name`),
    definition: t(`kpiCatalogue.items.${key}.definition`),
    unit: t(`kpiCatalogue.units.${kpiCatalogue[key].unit}`),
  });
  const valuesFor = (goal: KpiGoal | null): KpiFormValues => {
    const start = kpiStartForGoal(goal);
    const key = start.catalogKey;
    const texts = key ? catalogueTexts(key) : null;
    return {
      catalogKey: key,
      name: texts?.name ?? start.customName,
      definition: texts?.definition ?? '',
      unit: start.unit ?? texts?.unit ?? '',
      direction: key ? kpiCatalogue[key].direction : start.direction,
      frequency: key ? kpiCatalogue[key].frequency : 'monthly',
      goalIds: start.goalIds,
      channelIds: [],
      baseline: formatNumberInput(start.baseline, language),
      baselineDate: '',
      target: formatNumberInput(start.target, language),
      targetDate: start.targetDate ?? '',
      source: '',
      owner: '',
    };
  };

  const [goal, setGoal] = useState(() => goals.find((each) => each.id === goalId) ?? null);
  const { register, handleSubmit, reset, setValue, getValues, watch, clearErrors, formState } =
    useZodForm(kpiFormSchema(language), { defaultValues: valuesFor(goal) });
  const { errors, isSubmitting } = formState;
  const catalogKey = watch('catalogKey');

  const chooseGoal = (id: string) => {
    const next = goals.find((each) => each.id === id) ?? null;
    setGoal(next);
    reset(valuesFor(next));
  };

  const chooseKpi = (next: KpiCatalogKey | null) => {
    const previous = getValues('catalogKey');
    const texts = next ? catalogueTexts(next) : null;
    // A unit the person typed, or the goal's, stays; the catalogue's own follows the KPI.
    if (getValues('unit') === (previous ? catalogueTexts(previous).unit : ''))
      setValue('unit', texts?.unit ?? '');
    setValue('catalogKey', next);
    setValue('name', texts?.name ?? goal?.title ?? '');
    setValue('definition', texts?.definition ?? '');
    setValue('direction', next ? kpiCatalogue[next].direction : kpiStartForGoal(goal).direction);
    setValue('frequency', next ? kpiCatalogue[next].frequency : 'monthly');
    clearErrors();
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };

  return (
    <form
      className="kpi-add-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        void handleSubmit(async (fields) => onAdded(await onAdd(fields)))(event);
      }}
    >
      <h3 id={titleId}>{t('kpis.add.heading')}</h3>
      <div className="kpi-add-row">
        <div className="field">
          <label htmlFor={`${titleId}-kpi`}>{t('kpis.add.kpi')}</label>
          <select
            id={`${titleId}-kpi`}
            ref={select}
            value={catalogKey ?? custom}
            onKeyDown={cancelOnEscape}
            onChange={(event) => {
              const value = event.target.value;
              chooseKpi(value === custom ? null : (value as KpiCatalogKey));
            }}
          >
            {kpiCatalogKeys.map((key) => (
              <option key={key} value={key}>
                {t(`kpiCatalogue.items.${key}.name`)}
              </option>
            ))}
            <option value={custom}>{t('kpis.add.custom')}</option>
          </select>
        </div>
        {catalogKey === null ? (
          <TextField
            label={t('kpis.add.customName')}
            autoComplete="off"
            required
            error={errors.name?.message}
            onKeyDown={cancelOnEscape}
            {...register('name')}
          />
        ) : null}
        <KpiSelectField
          label={t('kpis.add.goal')}
          value={goal?.id ?? noGoal}
          options={[
            { value: noGoal, label: t('kpis.add.noGoal') },
            ...goals.map((each) => ({ value: each.id, label: each.title })),
          ]}
          onKeyDown={cancelOnEscape}
          onChange={(event) => chooseGoal(event.target.value)}
        />
      </div>
      {catalogKey !== null ? (
        <p className="field-hint">
          {t('kpis.add.definitionPreview', {
            definition: t(`kpiCatalogue.items.${catalogKey}.definition`),
          })}
        </p>
      ) : null}
      <div className="kpi-add-row">
        <TextField
          label={t('kpis.fields.unit')}
          autoComplete="off"
          error={errors.unit?.message}
          onKeyDown={cancelOnEscape}
          {...register('unit')}
        />
        <TextField
          label={t('kpis.fields.baseline')}
          inputMode="decimal"
          autoComplete="off"
          error={errors.baseline?.message}
          onKeyDown={cancelOnEscape}
          {...register('baseline')}
        />
        <TextField
          label={t('kpis.fields.target')}
          inputMode="decimal"
          autoComplete="off"
          error={errors.target?.message}
          onKeyDown={cancelOnEscape}
          {...register('target')}
        />
        <TextField
          label={t('kpis.fields.targetDate')}
          type="date"
          error={errors.targetDate?.message}
          onKeyDown={cancelOnEscape}
          {...register('targetDate')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('kpis.add.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('kpis.add.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
