import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../components/ui/translation';

export interface QuickAddFormProps {
  /** Names the form and labels its text field. */
  label: string;
  submitLabel: string;
  onAdd: (name: string) => Promise<unknown>;
  /** Extra fields beside the name (e.g. a family picker). */
  children?: ReactNode;
  className?: string;
}

/**
 * One text field and an Add button: Enter adds and keeps the focus in the field, so a list of
 * names can be typed one after the other. An empty name is refused beside the field.
 */
export function QuickAddForm({
  label,
  submitLabel,
  onAdd,
  children,
  className,
}: QuickAddFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async () => {
    if (name.trim() === '') {
      setError(t('validation.required'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onAdd(name.trim());
      setName('');
    } catch {
      // The caller has reported the failure; the name stays so it can be tried again.
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };
  return (
    <form
      className={`quick-add ${className ?? ''}`}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          ref={input}
          value={name}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      {children}
      <button type="submit" className="button" disabled={isBusy}>
        {submitLabel}
      </button>
    </form>
  );
}
