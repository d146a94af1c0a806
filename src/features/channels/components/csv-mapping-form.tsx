import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/numbers';
import type { Channel } from '../model/channel';
import {
  distinctListValues,
  normaliseName,
  suggestListMapping,
  suggestMapping,
  type ChannelNames,
  type CsvTable,
  type SurveyCsvMapping,
} from '../model/survey-csv';
import { useChannelName } from './channel-names';

interface CsvMappingFormProps {
  fileName: string;
  table: CsvTable;
  names: ChannelNames[];
  channels: readonly Channel[];
  mapping: SurveyCsvMapping;
  isSaving: boolean;
  onChange: (mapping: SurveyCsvMapping) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** More different values than this is free text, not a list of channels: show the first ones. */
const shownValues = 60;

/** The mapping step: which column(s) hold the channels, and which channel each name stands for. */
export function CsvMappingForm({
  fileName,
  table,
  names,
  channels,
  mapping,
  isSaving,
  onChange,
  onImport,
  onCancel,
}: CsvMappingFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const channelName = useChannelName();
  const rows = formatNumber(table.rows.length, i18n.language, 'count');

  const channelOptions = (emptyLabel: string) => (
    <>
      <option value="">{emptyLabel}</option>
      {channels.map((channel) => (
        <option key={channel.id} value={channel.id}>
          {channelName(channel)}
        </option>
      ))}
    </>
  );

  const chooseKind = (kind: SurveyCsvMapping['kind']) => {
    if (kind === mapping.kind) return;
    if (kind === 'columns') {
      const suggested = suggestMapping(table, names);
      onChange(
        suggested.kind === 'columns'
          ? suggested
          : { kind: 'columns', columns: table.header.map(() => null) },
      );
    } else onChange(suggestListMapping(table, names, 0));
  };

  const values = mapping.kind === 'list' ? distinctListValues(table, mapping.column) : [];

  return (
    <form
      className="csv-mapping"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onImport();
      }}
    >
      <h3 id={`${id}-title`}>{t('survey.csv.mappingHeading')}</h3>
      <p>{t('survey.csv.mappingHelp', { name: fileName, rows })}</p>
      <fieldset>
        <legend>{t('survey.csv.kindLegend')}</legend>
        {(['list', 'columns'] as const).map((kind) => (
          <label key={kind} className="csv-kind">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={mapping.kind === kind}
              onChange={() => chooseKind(kind)}
            />
            {kind === 'list' ? t('survey.csv.kindList') : t('survey.csv.kindColumns')}
          </label>
        ))}
      </fieldset>
      {mapping.kind === 'list' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-column`}>{t('survey.csv.listColumn')}</label>
            <select
              id={`${id}-column`}
              value={mapping.column}
              onChange={(event) =>
                onChange(suggestListMapping(table, names, Number(event.target.value)))
              }
            >
              {table.header.map((column, index) => (
                <option key={index} value={index}>
                  {column}
                </option>
              ))}
            </select>
          </div>
          <div className="csv-mapping-grid">
            {values.slice(0, shownValues).map((value) => {
              const key = normaliseName(value);
              return (
                <div className="field" key={key}>
                  <label htmlFor={`${id}-value-${key}`}>
                    {t('survey.csv.valueLabel', { value })}
                  </label>
                  <select
                    id={`${id}-value-${key}`}
                    value={mapping.values[key] ?? ''}
                    onChange={(event) =>
                      onChange({
                        ...mapping,
                        values: { ...mapping.values, [key]: event.target.value || null },
                      })
                    }
                  >
                    {channelOptions(t('survey.csv.notMapped'))}
                  </select>
                </div>
              );
            })}
          </div>
          {values.length > shownValues ? (
            <p className="field-hint">
              {t('survey.csv.moreValues', { more: values.length - shownValues })}
            </p>
          ) : null}
        </>
      ) : (
        <div className="csv-mapping-grid">
          {table.header.map((column, index) => (
            <div className="field" key={index}>
              <label htmlFor={`${id}-column-${index}`}>
                {t('survey.csv.columnLabel', { column })}
              </label>
              <select
                id={`${id}-column-${index}`}
                value={mapping.columns[index] ?? ''}
                onChange={(event) => {
                  const columns = [...mapping.columns];
                  columns[index] = event.target.value || null;
                  onChange({ ...mapping, columns });
                }}
              >
                {channelOptions(t('survey.csv.ignoreColumn'))}
              </select>
            </div>
          ))}
        </div>
      )}
      <div className="csv-mapping-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {t('survey.csv.importRows', { rows })}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('survey.csv.cancel')}
        </button>
      </div>
    </form>
  );
}
