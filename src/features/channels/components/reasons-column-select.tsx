import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';

interface ReasonsColumnSelectProps {
  header: readonly string[];
  value: number | null;
  /** The column listing the channels, which cannot also be the reasons. */
  channelsColumn: number | null;
  onChange: (column: number | null) => void;
}

/** The optional free-text column whose texts become the chosen channels' reasons. */
export function ReasonsColumnSelect({
  header,
  value,
  channelsColumn,
  onChange,
}: ReasonsColumnSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('survey.csv.reasonsColumn')}</label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={value ?? ''}
        onChange={(event) =>
          onChange(event.target.value === '' ? null : Number(event.target.value))
        }
      >
        <option value="">{t('survey.csv.noReasonsColumn')}</option>
        {header.map((column, index) =>
          index === channelsColumn ? null : (
            <option key={index} value={index}>
              {column}
            </option>
          ),
        )}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('survey.csv.reasonsColumnHint')}
      </p>
    </div>
  );
}
