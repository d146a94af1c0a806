import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
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
import { AnswerTargetSelect } from './answer-target-select';
import { useChannelName } from './channel-names';
import { ReasonsColumnSelect } from './reasons-column-select';

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
  const { t } = useTranslation();
  const id = useId();
  const channelName = useChannelName();

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

  const values = mapping.kind === 'list' ? distinctListValues(table, mapping.column) : [];

  const chooseKind = (kind: SurveyCsvMapping['kind']) => {
    if (kind === mapping.kind) return;
    if (kind === 'columns') {
      const suggested = suggestMapping(table, names);
      onChange(
        suggested.kind === 'columns'
          ? suggested
          : {
              kind: 'columns',
              columns: table.header.map(() => null),
              reasonsColumn: mapping.reasonsColumn,
            },
      );
    } else onChange(suggestListMapping(table, names, 0, mapping.reasonsColumn));
  };

  const chooseReasonsColumn = (reasonsColumn: number | null) => {
    if (mapping.kind === 'list')
      onChange({
        ...mapping,
        reasonsColumn: reasonsColumn === mapping.column ? null : reasonsColumn,
      });
    else
      onChange({
        ...mapping,
        reasonsColumn,
        // The reasons are free text, never a yes/no channel column.
        columns: mapping.columns.map((id, index) => (index === reasonsColumn ? null : id)),
      });
  };

  const unmatched = values.filter(
    (value) =>
      (mapping.kind === 'list' ? (mapping.values[normaliseName(value)] ?? null) : null) === null,
  ).length;

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
      <p>{t('survey.csv.mappingHelp', { name: fileName, count: table.rows.length })}</p>
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
                onChange(
                  suggestListMapping(
                    table,
                    names,
                    Number(event.target.value),
                    mapping.reasonsColumn,
                  ),
                )
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
                <AnswerTargetSelect
                  key={key}
                  id={`${id}-value-${key}`}
                  value={value}
                  target={mapping.values[key] ?? null}
                  channels={channels}
                  onChange={(target) =>
                    onChange({ ...mapping, values: { ...mapping.values, [key]: target } })
                  }
                />
              );
            })}
          </div>
          {unmatched > 0 ? (
            <p className="field-hint csv-mapping-unmatched">
              {t('survey.csv.unmatchedHint', { count: unmatched })}
            </p>
          ) : null}
          {values.length > shownValues ? (
            <p className="field-hint">
              {t('survey.csv.moreValues', { count: values.length - shownValues })}
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
      <ReasonsColumnSelect
        header={table.header}
        value={mapping.reasonsColumn}
        channelsColumn={mapping.kind === 'list' ? mapping.column : null}
        onChange={chooseReasonsColumn}
      />
      <div className="csv-mapping-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {t('survey.csv.importRows', { count: table.rows.length })}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('survey.csv.cancel')}
        </button>
      </div>
    </form>
  );
}
