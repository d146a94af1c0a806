import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useProblemText } from '../../../components/ui/use-problem-text';
import type { Channel } from '../model/channel';
import { defaultFailureRate, type PlanDraft, type PlanErrors } from '../model/savings-plan-draft';

interface SavingsPlanFormProps {
  channels: readonly Channel[];
  channelName: (channel: Channel) => string;
  draft: PlanDraft;
  errors: PlanErrors;
  onChange: (draft: PlanDraft) => void;
  onBlur: () => void;
}

let nextKey = 0;

/**
 * Planned shifts (from, to, share), the failure rate of the new channel and the share of those
 * failures that call back.
 */
export function SavingsPlanForm({
  channels,
  channelName,
  draft,
  errors,
  onChange,
  onBlur,
}: SavingsPlanFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const id = useId();
  const message = (where: string) => {
    const error = errors[where];
    if (!error) return null;
    return (
      <p id={`${id}-${where}-error`} className="field-error">
        {problemText(error)}
      </p>
    );
  };
  const describedBy = (where: string) => (errors[where] ? `${id}-${where}-error` : undefined);
  const setShift = (key: string, changes: Partial<PlanDraft['shifts'][number]>) =>
    onChange({
      ...draft,
      shifts: draft.shifts.map((shift) => (shift.key === key ? { ...shift, ...changes } : shift)),
    });
  const addShift = () => {
    const from = channels.find((channel) => channel.catalogKey === 'phone') ?? channels[0];
    const to = channels.find((channel) => channel !== from) ?? from;
    if (!from || !to) return;
    nextKey += 1;
    onChange({
      ...draft,
      shifts: [...draft.shifts, { key: `new-${nextKey}`, from: from.id, to: to.id, share: '10' }],
    });
  };
  const options = channels.map((channel) => (
    <option key={channel.id} value={channel.id}>
      {channelName(channel)}
    </option>
  ));

  return (
    <div className="savings-plan" onBlur={onBlur}>
      <h3>{t('savings.shiftsHeading')}</h3>
      {draft.shifts.length === 0 ? <p className="empty-hint">{t('savings.noShifts')}</p> : null}
      <ol className="shift-list">
        {draft.shifts.map((shift, index) => {
          const number = index + 1;
          return (
            <li key={shift.key} className="shift-row">
              <div className="field">
                <label htmlFor={`${id}-${shift.key}-from`}>
                  <span className="visually-hidden">{t('savings.shiftNumber', { number })} </span>
                  {t('savings.from')}
                </label>
                <select
                  id={`${id}-${shift.key}-from`}
                  value={shift.from}
                  onChange={(event) => setShift(shift.key, { from: event.target.value })}
                >
                  {options}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-${shift.key}-to`}>
                  <span className="visually-hidden">{t('savings.shiftNumber', { number })} </span>
                  {t('savings.to')}
                </label>
                <select
                  id={`${id}-${shift.key}-to`}
                  value={shift.to}
                  aria-invalid={errors[`${shift.key}-to`] ? true : undefined}
                  aria-describedby={describedBy(`${shift.key}-to`)}
                  onChange={(event) => setShift(shift.key, { to: event.target.value })}
                >
                  {options}
                </select>
                {message(`${shift.key}-to`)}
              </div>
              <div className="field shift-share">
                <label htmlFor={`${id}-${shift.key}-share`}>
                  <span className="visually-hidden">{t('savings.shiftNumber', { number })} </span>
                  {t('savings.share')}
                </label>
                <input
                  id={`${id}-${shift.key}-share`}
                  inputMode="decimal"
                  value={shift.share}
                  aria-invalid={errors[`${shift.key}-share`] ? true : undefined}
                  aria-describedby={describedBy(`${shift.key}-share`)}
                  onChange={(event) => setShift(shift.key, { share: event.target.value })}
                />
                {message(`${shift.key}-share`)}
              </div>
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={t('savings.removeShift', { number })}
                onClick={() =>
                  onChange({
                    ...draft,
                    shifts: draft.shifts.filter((other) => other.key !== shift.key),
                  })
                }
              >
                {t('savings.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" disabled={channels.length < 2} onClick={addShift}>
        {t('savings.addShift')}
      </button>
      {(
        [
          ['failureRate', 'savings.failureRate', 'savings.failureRateHelp'],
          ['failure', 'savings.failureShare', 'savings.failureHelp'],
        ] as const
      ).map(([field, label, help]) => (
        <div key={field} className="field failure-share">
          <label htmlFor={`${id}-${field}`}>{t(label)}</label>
          <input
            id={`${id}-${field}`}
            inputMode="decimal"
            value={draft[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={[`${id}-${field}-help`, describedBy(field)].filter(Boolean).join(' ')}
            onChange={(event) => onChange({ ...draft, [field]: event.target.value })}
          />
          <p id={`${id}-${field}-help`} className="field-hint">
            {t(help, { rate: defaultFailureRate })}
          </p>
          {message(field)}
        </div>
      ))}
    </div>
  );
}
