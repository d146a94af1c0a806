import { useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { formatNumberInput, useNumberProblemText } from '../../../core/numbers';
import { updateChannelWrite } from '../api/channels-queries';
import type { ChannelChanges } from '../api/channels-repository';
import type { Channel } from '../model/channel';
import { metricFields, readMetric, type MetricField } from '../model/channel-metrics';

export interface ChannelMetricsProps {
  roadmapId: string;
  channel: Channel;
  name: string;
  onChange: (changes: ChannelChanges) => Promise<unknown>;
  onError: (error: unknown) => void;
}

const performanceValues = [1, 2, 3, 4, 5] as const;

/** How a channel in use works today: volumes, cost, speed, satisfaction and a 1-5 score. */
export function ChannelMetrics({
  roadmapId,
  channel,
  name,
  onChange,
  onError,
}: ChannelMetricsProps) {
  const { t, i18n } = useTranslation();
  const numberProblem = useNumberProblemText();
  const id = useId();
  const problem = (field: MetricField, text: string) => {
    const read = readMetric(field, text, i18n.language);
    return read.ok ? null : numberProblem(read);
  };
  // Only text the field accepted reaches here, so it always reads as a number (or empty).
  const target = (field: MetricField) =>
    saveTarget(updateChannelWrite, roadmapId, `channel:${channel.id}:${field}`, (text: string) => {
      const read = readMetric(field, text, i18n.language);
      return { channelId: channel.id, changes: read.ok ? { [field]: read.value } : {} };
    });

  return (
    <fieldset className="channel-metrics">
      <legend className="visually-hidden">{t('channels.metricsHeading', { name })}</legend>
      {metricFields.map((field) => (
        <AutosaveField
          key={field}
          label={t(`channels.${field}`)}
          value={formatNumberInput(channel[field], i18n.language)}
          validate={(text) => problem(field, text)}
          onSave={target(field)}
        />
      ))}
      <div className="field">
        <label htmlFor={`${id}-performance`}>{t('channels.performance')}</label>
        <select
          id={`${id}-performance`}
          value={channel.performance ?? ''}
          onChange={(event) =>
            void onChange({
              performance: event.target.value === '' ? null : Number(event.target.value),
            }).catch(onError)
          }
        >
          <option value="">{t('channels.performanceUnset')}</option>
          {performanceValues.map((value) => (
            <option key={value} value={value}>
              {t('channels.performanceOption', { value })}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
