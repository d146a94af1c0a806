import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { useAutosaveDraft } from '../../../core/kit/use-autosave-draft';

interface NumberAutosaveInputProps {
  label: string;
  value: number | null;
  onSave: (value: number | null) => Promise<unknown>;
  /** Shown under the field, e.g. "typical value". */
  hint?: string;
  /** Whether empty is allowed (saved as null). */
  allowEmpty?: boolean;
}

/** Reads "5.2" and "5,2" alike; null for empty, NaN for anything that is not a number. */
export function readDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A compact number field (in a table cell) that saves itself and says so. */
export function NumberAutosaveInput({
  label,
  value,
  onSave,
  hint,
  allowEmpty = true,
}: NumberAutosaveInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const { text, error, state, change, onFocus, onBlur } = useAutosaveDraft(
    value === null ? '' : String(value),
    (next) => {
      const number = readDecimal(next);
      const isValid = number === null ? allowEmpty : !Number.isNaN(number);
      return isValid
        ? { ok: true, value: number }
        : { ok: false, problem: t('savings.numberNeeded') };
    },
    onSave,
  );
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="number-cell">
      <div className="number-cell-row">
        <input
          id={id}
          inputMode="decimal"
          aria-label={label}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onFocus={onFocus}
          onBlur={onBlur}
          onChange={(event) => change(event.target.value)}
        />
        <SaveIndicator state={error ? 'idle' : state} />
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
