import { useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { GoLiveActions } from './use-go-live-actions';

/** Adds one of the team's own checklist items; an empty name is refused next to the field. */
export function AddItemForm({ actions }: { actions: GoLiveActions }) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (label.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    try {
      await actions.mutations.addOwnItem.mutateAsync(label);
      setLabel('');
      setError(null);
    } catch (failure) {
      actions.report(failure);
    }
  };
  return (
    <form
      className="checklist-add"
      aria-label={t('goLive.checklist.addForm')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('goLive.checklist.addLabel')}</label>
        <input
          id={id}
          value={label}
          autoComplete="off"
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setLabel(event.target.value);
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
        {t('goLive.checklist.add')}
      </button>
    </form>
  );
}
