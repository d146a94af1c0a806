import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { kpiCatalogKeys, type Kpi, type KpiCatalogKey, type KpiFields } from '../model/kpi';
import { kpiCatalogue } from '../model/kpi-catalogue';

export interface AddKpiFormProps {
  /** A goal the new KPI serves from the start (when opened from "no KPI for this goal"). */
  goal: { id: string; title: string } | null;
  onAdd: (fields: KpiFields) => Promise<Kpi>;
  onAdded: (kpi: Kpi) => void;
  onCancel: () => void;
}

const custom = 'custom';

/** Picks a KPI from the method's catalogue (with its unit, direction and frequency) or a custom one. */
export function AddKpiForm({ goal, onAdd, onAdded, onCancel }: AddKpiFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [choice, setChoice] = useState<KpiCatalogKey | typeof custom>('csat');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const fieldsFor = (): KpiFields | null => {
    const base = {
      goalIds: goal ? [goal.id] : [],
      channelIds: [],
      baseline: null,
      baselineDate: null,
      target: null,
      targetDate: null,
      source: '',
      owner: '',
    };
    if (choice === custom) {
      if (name.trim() === '') return null;
      return {
        ...base,
        catalogKey: null,
        name: name.trim(),
        definition: '',
        unit: '',
        direction: 'higher',
        frequency: 'monthly',
      };
    }
    const entry = kpiCatalogue[choice];
    return {
      ...base,
      catalogKey: choice,
      name: t(`kpiCatalogue.items.${choice}.name`),
      definition: t(`kpiCatalogue.items.${choice}.definition`),
      unit: t(`kpiCatalogue.units.${entry.unit}`),
      direction: entry.direction,
      frequency: entry.frequency,
    };
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };

  const submit = async () => {
    const fields = fieldsFor();
    if (!fields) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      onAdded(await onAdd(fields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="kpi-add-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={titleId}>{t('kpis.add.heading')}</h3>
      <div className="kpi-add-row">
        <div className="field">
          <label htmlFor={`${titleId}-kpi`}>{t('kpis.add.kpi')}</label>
          <select
            id={`${titleId}-kpi`}
            ref={select}
            value={choice}
            onKeyDown={cancelOnEscape}
            onChange={(event) => {
              setChoice(event.target.value as KpiCatalogKey | typeof custom);
              setError(null);
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
        {choice === custom ? (
          <TextField
            label={t('kpis.add.customName')}
            value={name}
            autoComplete="off"
            required
            error={error ?? undefined}
            onKeyDown={cancelOnEscape}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isBusy}>
            {t('kpis.add.submit')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('kpis.add.cancel')}
          </button>
        </div>
      </div>
      {choice !== custom ? (
        <p className="field-hint">
          {t('kpis.add.definitionPreview', {
            definition: t(`kpiCatalogue.items.${choice}.definition`),
          })}
        </p>
      ) : null}
    </form>
  );
}
