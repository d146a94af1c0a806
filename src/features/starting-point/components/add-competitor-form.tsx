import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';

export interface AddCompetitorFormProps {
  isNameTaken: (name: string) => boolean;
  onAdd: (name: string) => Promise<void>;
}

/** One field and Enter: adding competitors during a workshop must be quick. */
export function AddCompetitorForm({ isNameTaken, onAdd }: AddCompetitorFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('validation.required'));
    if (trimmed.length > 120) return setError(t('validation.tooLong', { maximum: 120 }));
    if (isNameTaken(trimmed)) return setError(t('startingPoint.nameTaken', { name: trimmed }));
    setError(null);
    await onAdd(trimmed);
    setName('');
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('startingPoint.competitorName')}</label>
        <input
          id={id}
          value={name}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            if (error) setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary">
        {t('startingPoint.addCompetitor')}
      </button>
    </form>
  );
}
