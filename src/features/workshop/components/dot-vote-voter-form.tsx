import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import {
  formatNumberInput,
  parseNumber,
  useNumberProblemText,
  type NumberRefusal,
} from '../../../core/numbers';
import { maxVoterNameLength, type VoteOption, type VoterDots } from '../../../core/dot-votes';

export interface DotVoteVoterFormProps {
  options: readonly VoteOption[];
  budget: number;
  /** The person being edited, or undefined for a new one. */
  editing?: VoterDots;
  onSave: (voter: string, dots: Record<string, number>) => Promise<unknown>;
  onCancel: () => void;
}

type Reading = { ok: true; value: number } | NumberRefusal;

/**
 * One person's dots, typed as fast as they are read out: the name, Tab, a number per option,
 * Enter. Nothing is written until every number reads and the total fits the dots each person has.
 */
export function DotVoteVoterForm({
  options,
  budget,
  editing,
  onSave,
  onCancel,
}: DotVoteVoterFormProps) {
  const { t, i18n } = useTranslation();
  const numberProblem = useNumberProblemText();
  const formId = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const blank = () =>
    Object.fromEntries(
      options.map((option) => [
        option.id,
        editing?.dots[option.id]
          ? formatNumberInput(editing.dots[option.id] ?? 0, i18n.language)
          : '',
      ]),
    );
  const [name, setName] = useState(editing?.voter ?? '');
  const [texts, setTexts] = useState<Record<string, string>>(blank);
  const [submitted, setSubmitted] = useState(false);
  // Editing a person starts at their name; a new form waits to be reached.
  useEffect(() => {
    if (editing) nameField.current?.focus();
  }, [editing]);

  const readings: Record<string, Reading> = Object.fromEntries(
    options.map((option) => {
      const read = parseNumber(texts[option.id] ?? '', i18n.language, {
        allowEmpty: true,
        integer: true,
        min: 0,
        max: budget,
      });
      return [option.id, read.ok ? { ok: true, value: read.value ?? 0 } : read];
    }),
  );
  const used = Object.values(readings).reduce((sum, read) => sum + (read.ok ? read.value : 0), 0);
  const nameProblem = name.trim() === '' ? t('workshop.dots.nameNeeded') : null;
  const totalProblem =
    used > budget
      ? t('workshop.dots.overBudget', { count: budget, used })
      : used === 0
        ? t('workshop.dots.noDotsGiven')
        : null;
  const isValid =
    nameProblem === null &&
    totalProblem === null &&
    Object.values(readings).every((read) => read.ok);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!isValid) return;
    const dots: Record<string, number> = {};
    for (const [optionId, read] of Object.entries(readings))
      if (read.ok && read.value > 0) dots[optionId] = read.value;
    await onSave(name, dots);
    setName('');
    setTexts(Object.fromEntries(options.map((option) => [option.id, ''])));
    setSubmitted(false);
    nameField.current?.focus();
  };

  const problemOf = (id: string) => {
    const read = readings[id];
    return submitted && read && !read.ok ? numberProblem(read) : null;
  };

  return (
    <form className="workshop-dots-person" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${formId}-name`}>{t('workshop.dots.voterName')}</label>
        <input
          ref={nameField}
          id={`${formId}-name`}
          value={name}
          maxLength={maxVoterNameLength}
          autoComplete="off"
          aria-invalid={submitted && nameProblem !== null}
          aria-describedby={submitted && nameProblem ? `${formId}-name-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {submitted && nameProblem ? (
          <p id={`${formId}-name-problem`} className="field-error">
            {nameProblem}
          </p>
        ) : null}
      </div>
      <div className="workshop-dots-person-grid">
        {options.map((option) => {
          const problem = problemOf(option.id);
          return (
            <div className="field" key={option.id}>
              <label htmlFor={`${formId}-${option.id}`}>
                {t('workshop.dots.dotsOn', { option: option.label })}
              </label>
              <input
                id={`${formId}-${option.id}`}
                inputMode="numeric"
                autoComplete="off"
                value={texts[option.id] ?? ''}
                aria-invalid={problem !== null}
                aria-describedby={problem ? `${formId}-${option.id}-problem` : undefined}
                onChange={(event) =>
                  setTexts((current) => ({ ...current, [option.id]: event.target.value }))
                }
              />
              {problem ? (
                <p id={`${formId}-${option.id}-problem`} className="field-error">
                  {problem}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {submitted && totalProblem ? (
        <p className="field-error" role="alert">
          {totalProblem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {editing ? t('workshop.dots.saveVoterChanges') : t('workshop.dots.saveVoter')}
        </button>
        {editing ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('workshop.dots.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
