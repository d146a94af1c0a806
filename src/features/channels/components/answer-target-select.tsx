import { useTranslation } from '../../../components/ui/translation';
import type { Channel } from '../model/channel';
import type { AnswerTarget } from '../model/survey-csv';
import { useChannelName } from './channel-names';

interface AnswerTargetSelectProps {
  id: string;
  value: string;
  target: AnswerTarget;
  channels: readonly Channel[];
  onChange: (target: AnswerTarget) => void;
}

// Option values: channel ids are prefixed so that no id can read as "ignore".
const ignoreOption = 'ignore';
const channelOption = (channelId: string) => `channel:${channelId}`;

function readOption(option: string): AnswerTarget {
  if (option === ignoreOption) return 'ignored';
  if (option.startsWith('channel:')) return { channelId: option.slice('channel:'.length) };
  return null;
}

/** What one answer of a list column stands for: a channel, "ignore this answer", or undecided. */
export function AnswerTargetSelect({
  id,
  value,
  target,
  channels,
  onChange,
}: AnswerTargetSelectProps) {
  const { t } = useTranslation();
  const channelName = useChannelName();
  const selected =
    target === 'ignored' ? ignoreOption : target ? channelOption(target.channelId) : '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('survey.csv.valueLabel', { value })}</label>
      <select
        id={id}
        value={selected}
        aria-invalid={target === null ? true : undefined}
        onChange={(event) => onChange(readOption(event.target.value))}
      >
        <option value="">{t('survey.csv.notMapped')}</option>
        <option value={ignoreOption}>{t('survey.csv.ignoreAnswer')}</option>
        {channels.map((channel) => (
          <option key={channel.id} value={channelOption(channel.id)}>
            {channelName(channel)}
          </option>
        ))}
      </select>
    </div>
  );
}
