import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../components/ui/translation';
import type { KpisDashboard } from '../api/kpis-repository';
import type { KpiFormValues } from '../model/kpi-form';

export interface KpiLinkFieldsProps {
  register: UseFormRegister<KpiFormValues>;
  goals: KpisDashboard['goals'];
  channels: KpisDashboard['channels'];
}

/** The goals of stage 2 a KPI serves and the channels of stage 3 it covers, as checkboxes. */
export function KpiLinkFields({ register, goals, channels }: KpiLinkFieldsProps) {
  const { t } = useTranslation();
  const channelName = (channel: KpisDashboard['channels'][number]) =>
    channel.name === '' && channel.catalogKey
      ? t(`channelCatalogue.${channel.catalogKey}`)
      : channel.name;
  return (
    <div className="kpi-links">
      <fieldset>
        <legend>{t('kpis.fields.goals')}</legend>
        {goals.length === 0 ? <p className="field-hint">{t('kpis.hints.noGoals')}</p> : null}
        {goals.map((goal) => (
          <label key={goal.id} className="kpi-check">
            <input type="checkbox" value={goal.id} {...register('goalIds')} /> {goal.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('kpis.fields.channels')}</legend>
        <p className="field-hint">
          {channels.length === 0 ? t('kpis.hints.noChannels') : t('kpis.hints.channels')}
        </p>
        {channels.map((channel) => (
          <label key={channel.id} className="kpi-check">
            <input type="checkbox" value={channel.id} {...register('channelIds')} />{' '}
            {channelName(channel)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
