import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { useAutosaveDraft } from '../../../core/kit/use-autosave-draft';
import type { Saver } from '../../../core/kit/use-autosave-write';

export interface InlineNameFieldProps {
  /** The field's accessible name; shown only to screen readers, the row says what it is. */
  label: string;
  value: string;
  /** Where the name goes: a write target (kept as a draft until stored) or a function. */
  onSave: Saver<string>;
  className?: string;
}

/** A name edited in place: saves itself, refuses an empty name with a message beside it. */
export function InlineNameField({ label, value, onSave, className }: InlineNameFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { text, error, state, change, onFocus, onBlur } = useAutosaveDraft(
    value,
    (next) =>
      next.trim() === ''
        ? { ok: false, problem: t('validation.required') }
        : { ok: true, value: next.trim() },
    onSave,
  );
  return (
    <span className={`inline-name ${className ?? ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        value={text}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => change(event.target.value)}
      />
      <SaveIndicator state={error ? 'idle' : state} />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
