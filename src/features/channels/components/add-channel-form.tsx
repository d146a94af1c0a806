import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { ChannelKey } from '../../../lib/channel-catalogue';
import { channelStatuses, type Channel } from '../model/channel';
import { availableCatalogueKeys } from '../model/channel-evidence';

const customValue = 'custom';

export interface AddChannelFormProps {
  channels: readonly Pick<Channel, 'catalogKey'>[];
  isNameTaken: (name: string) => boolean;
  onAdd: (input: {
    catalogKey: ChannelKey | null;
    name: string;
    status: Channel['status'];
  }) => Promise<boolean>;
}

/** Adds a catalogue channel not in the roadmap yet, or a custom one, with its status. */
export function AddChannelForm({ channels, isNameTaken, onAdd }: AddChannelFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const available = availableCatalogueKeys(channels);
  const [choice, setChoice] = useState<string>('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Channel['status']>('in-use');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  // A choice that was just added falls back to the first channel still available.
  const selected =
    choice === customValue || available.includes(choice as ChannelKey)
      ? choice
      : (available[0] ?? customValue);
  const isCustom = selected === customValue;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (isCustom && trimmed === '') return setError(t('validation.required'));
    if (isCustom && isNameTaken(trimmed)) return setError(t('channels.nameTaken'));
    setError(null);
    setBusy(true);
    const isAdded = await onAdd({
      catalogKey: isCustom ? null : (selected as ChannelKey),
      name: isCustom ? trimmed : '',
      status,
    });
    setBusy(false);
    if (isAdded) {
      setName('');
      setChoice('');
    }
  };

  return (
    <form
      className="add-channel-form"
      aria-label={t('channels.addHeading')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('channels.addChannel')}</label>
        <select
          id={`${id}-channel`}
          value={selected}
          onChange={(event) => {
            setChoice(event.target.value);
            setError(null);
          }}
        >
          {available.map((key) => (
            <option key={key} value={key}>
              {t(`channelCatalogue.${key}`)}
            </option>
          ))}
          <option value={customValue}>{t('channels.customOption')}</option>
        </select>
      </div>
      {isCustom ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('channels.customName')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('channels.addStatus')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as Channel['status'])}
        >
          {channelStatuses
            .filter((option) => option !== 'rejected')
            .map((option) => (
              <option key={option} value={option}>
                {t(`channels.status.${option}`)}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={isBusy}>
        {t('channels.add')}
      </button>
      {error ? (
        <p id={`${id}-error`} className="field-error add-channel-error">
          {error}
        </p>
      ) : null}
      {available.length === 0 ? <p className="field-hint">{t('channels.allAdded')}</p> : null}
    </form>
  );
}
