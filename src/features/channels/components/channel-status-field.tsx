import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { updateChannelWrite } from '../api/channels-queries';
import type { ChannelChanges } from '../api/channels-repository';
import { channelStatuses, type Channel } from '../model/channel';

export interface ChannelStatusFieldProps {
  roadmapId: string;
  channel: Channel;
  name: string;
  onChange: (changes: ChannelChanges) => Promise<unknown>;
  onError: (error: unknown) => void;
}

/** The status select; rejecting asks for the reason right there, and keeps it editable. */
export function ChannelStatusField({
  roadmapId,
  channel,
  name,
  onChange,
  onError,
}: ChannelStatusFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isRejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const choose = (status: Channel['status']) => {
    if (status === 'rejected') {
      setReason(channel.rejectionReason);
      setError(null);
      setRejecting(true);
      return;
    }
    setRejecting(false);
    void onChange({ status }).catch(onError);
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '') {
      setError(t('channels.rejectionRequired'));
      return;
    }
    setRejecting(false);
    void onChange({ status: 'rejected', rejectionReason: trimmed }).catch(onError);
  };

  return (
    <div className="channel-status">
      <div className="field">
        <label htmlFor={`${id}-status`}>
          <span aria-hidden="true">{t('channels.addStatus')}</span>
          <span id={`${id}-status-name`} className="visually-hidden">
            {t('channels.statusLabel', { name })}
          </span>
        </label>
        <select
          id={`${id}-status`}
          aria-labelledby={`${id}-status-name`}
          value={isRejecting ? 'rejected' : channel.status}
          onChange={(event) => choose(event.target.value as Channel['status'])}
        >
          {channelStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`channels.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {isRejecting ? (
        <form className="reject-form" onSubmit={confirm} noValidate>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('channels.rejectionReason', { name })}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              maxLength={500}
              value={reason}
              // Focus follows the choice of "Rejected", where the question appears.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-reason-hint${error ? ` ${id}-reason-error` : ''}`}
              onChange={(event) => setReason(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRejecting(false);
              }}
            />
            <p id={`${id}-reason-hint`} className="field-hint">
              {t('channels.rejectionReasonHint')}
            </p>
            {error ? (
              <p id={`${id}-reason-error`} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setRejecting(false)}
            >
              {t('channels.cancel')}
            </button>
            <button type="submit" className="button button-danger">
              {t('channels.confirmReject')}
            </button>
          </div>
        </form>
      ) : channel.status === 'rejected' ? (
        <AutosaveField
          label={t('channels.rejectionReason', { name })}
          value={channel.rejectionReason}
          multiline
          rows={2}
          validate={(value) => (value.trim() === '' ? t('channels.rejectionRequired') : null)}
          onSave={saveTarget(
            updateChannelWrite,
            roadmapId,
            `channel:${channel.id}:rejectionReason`,
            (value: string) => ({
              channelId: channel.id,
              changes: { rejectionReason: value.trim() },
            }),
          )}
        />
      ) : null}
    </div>
  );
}
