import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { Assessor } from '../model/starting-point';

export interface AssessorBarProps {
  assessors: readonly Assessor[];
  selectedId: string | null;
  onSelect: (assessorId: string) => void;
  onAdd: (name: string) => Promise<void>;
  onRemove: (assessor: Assessor) => void;
}

/** Who is scoring now, and the people in the room who score. */
export function AssessorBar({
  assessors,
  selectedId,
  onSelect,
  onAdd,
  onRemove,
}: AssessorBarProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('validation.required'));
    if (trimmed.length > 80) return setError(t('validation.tooLong', { maximum: 80 }));
    setError(null);
    await onAdd(trimmed);
    setName('');
  };
  const selected = assessors.find((assessor) => assessor.id === selectedId);
  return (
    <div className="assessor-bar">
      <div className="field assessor-select">
        <label htmlFor={selectId}>{t('startingPoint.scoringAs')}</label>
        <select
          id={selectId}
          value={selectedId ?? ''}
          onChange={(event) => onSelect(event.target.value)}
          disabled={assessors.length === 0}
        >
          {assessors.length === 0 ? (
            <option value="">{t('startingPoint.defaultAssessor')}</option>
          ) : null}
          {assessors.map((assessor) => (
            <option key={assessor.id} value={assessor.id}>
              {assessor.name}
            </option>
          ))}
        </select>
      </div>
      {selected && assessors.length > 1 ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => onRemove(selected)}
        >
          {t('startingPoint.removeAssessor', { name: selected.name })}
        </button>
      ) : null}
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={nameId}>{t('startingPoint.assessorName')}</label>
          <input
            id={nameId}
            value={name}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${nameId}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {error ? (
            <p id={`${nameId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('startingPoint.addAssessor')}
        </button>
      </form>
    </div>
  );
}
