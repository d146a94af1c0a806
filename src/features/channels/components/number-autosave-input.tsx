import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { useAutosaveDraft } from '../../../core/kit/use-autosave-draft';
import type { Saver } from '../../../core/kit/use-autosave-write';
import {
  formatNumberInput,
  numberRules,
  parseNumber,
  useNumberProblemText,
  type NumberRule,
} from '../../../core/numbers';

interface NumberAutosaveInputProps {
  label: string;
  value: number | null;
  /** Where the number goes: a write target (kept as a draft until stored) or a function. */
  onSave: Saver<number | null>;
  /** Shown under the field, e.g. "typical value". */
  hint?: string;
  /** Whether empty is allowed (saved as null). */
  allowEmpty?: boolean;
  /** What the field accepts: an amount (0 or more) unless said otherwise. */
  rule?: NumberRule;
}

/** A compact number field (in a table cell) that saves itself and says so. */
export function NumberAutosaveInput({
  label,
  value,
  onSave,
  hint,
  allowEmpty = true,
  rule = numberRules.amount,
}: NumberAutosaveInputProps) {
  const { i18n } = useTranslation();
  const numberProblem = useNumberProblemText();
  const id = useId();
  const { text, error, state, change, onFocus, onBlur } = useAutosaveDraft(
    formatNumberInput(value, i18n.language),
    (next) => {
      const read = parseNumber(next, i18n.language, { ...rule, allowEmpty });
      return read.ok
        ? { ok: true, value: read.value }
        : { ok: false, problem: numberProblem(read) };
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
