import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useNumberProblemText } from '../../../core/numbers';
import type { DemographicsDraft, DraftField, DraftProblem } from '../model/demographics-draft';
import { generationIds, referenceGroupIds } from '../model/reference-preferences';

export interface OwnFiguresTableProps {
  table: NonNullable<DemographicsDraft['overrides']>;
  problems: Partial<Record<DraftField, DraftProblem>>;
  onChange: (table: NonNullable<DemographicsDraft['overrides']>) => void;
}

/** The user's own preference table for their market: five channel groups by four generations. */
export function OwnFiguresTable({ table, problems, onChange }: OwnFiguresTableProps) {
  const { t } = useTranslation();
  const numberProblem = useNumberProblemText();
  const id = useId();
  return (
    <div className="own-figures">
      <table className="channels-table own-figures-table">
        <caption>{t('channels.demographics.ownCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('channels.demographics.group')}</th>
            {generationIds.map((generation) => (
              <th scope="col" key={generation}>
                {t(`channels.generationShort.${generation}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {referenceGroupIds.map((group) => (
            <tr key={group}>
              <th scope="row">{t(`channels.group.${group}`)}</th>
              {generationIds.map((generation) => {
                const problem = problems[`overrides.${group}.${generation}`];
                const cellId = `${id}-${group}-${generation}`;
                return (
                  <td key={generation}>
                    <input
                      id={cellId}
                      inputMode="decimal"
                      aria-label={t('channels.demographics.cellLabel', {
                        group: t(`channels.group.${group}`),
                        generation: t(`channels.generationShort.${generation}`),
                      })}
                      value={table[group][generation]}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${cellId}-error` : undefined}
                      onChange={(event) =>
                        onChange({
                          ...table,
                          [group]: { ...table[group], [generation]: event.target.value },
                        })
                      }
                    />
                    {problem ? (
                      <p id={`${cellId}-error`} className="field-error">
                        {numberProblem(problem)}
                      </p>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
