import { FieldFrame } from '../../components/ui/field-frame';
import { SaveIndicator } from '../../components/ui/save-indicator';
import { useIsPresenting } from '../../components/ui/use-presenting-class';
import { useAutosaveDraft } from './use-autosave-draft';
import type { Saver } from './use-autosave-write';

export interface AutosaveFieldProps {
  label: string;
  /** The stored value; taken over whenever the field is not being edited. */
  value: string;
  /** Where the text goes: a write target (kept as a draft until stored) or a function. */
  onSave: Saver<string>;
  /** Returns a message when the value may not be saved; nothing is written until it is fixed. */
  validate?: (value: string) => string | null;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url';
  hint?: string;
  className?: string;
  /**
   * The text is part of the stage's result: presenting mode, where every field steps aside,
   * shows it as text instead, or nothing when it is empty (a journey's phases and lanes, the
   * launch notes, a checklist item's note).
   */
  readInPresenting?: boolean;
}

/** A text field that saves itself a moment after typing stops, with its own "Saved" note. */
export function AutosaveField({
  label,
  value,
  onSave,
  validate,
  multiline,
  rows = 3,
  type = 'text',
  hint,
  className,
  readInPresenting = false,
}: AutosaveFieldProps) {
  const isPresenting = useIsPresenting();
  const { text, error, state, change, onFocus, onBlur } = useAutosaveDraft(
    value,
    (next) => {
      const problem = validate?.(next) ?? null;
      return problem === null ? { ok: true, value: next } : { ok: false, problem };
    },
    onSave,
  );
  if (readInPresenting && isPresenting) {
    // Nothing typed, nothing to read: no empty line on the projector.
    if (value.trim() === '') return null;
    return <p className={`presenting-text ${className ?? ''}`.trim()}>{value}</p>;
  }
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      className={className}
      status={<SaveIndicator state={error ? 'idle' : state} />}
    >
      {(control) => {
        const common = { ...control, value: text, onFocus, onBlur };
        return multiline ? (
          <textarea rows={rows} {...common} onChange={(event) => change(event.target.value)} />
        ) : (
          <input type={type} {...common} onChange={(event) => change(event.target.value)} />
        );
      }}
    </FieldFrame>
  );
}
