import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyData } from '../api/journey-repository';
import { isDeviceKey } from '../model/journey';

export interface JourneyLabels {
  /** A channel's shown name by id; `null` (no channel) gives the "no channel" wording. */
  channel: (channelId: string | null) => string;
  /** A built-in device in the UI language, or the name the user typed. */
  device: (device: string) => string;
  kpi: (kpiId: string | null) => string | null;
}

/**
 * The names the map shows for channels, devices and KPIs, worked out once per data change
 * rather than once per card: a 400-card map would otherwise translate the same names 400 times.
 */
export function useJourneyLabels(data: Pick<JourneyData, 'channels' | 'kpis'>): JourneyLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const channels = new Map(
      data.channels.map((channel) => [
        channel.id,
        channel.name === '' && channel.catalogKey
          ? t(`channelCatalogue.${channel.catalogKey}`)
          : channel.name,
      ]),
    );
    const kpis = new Map(data.kpis.map((kpi) => [kpi.id, kpi.name]));
    const noChannel = t('journey.touchpoints.noChannel');
    return {
      channel: (channelId) =>
        channelId === null ? noChannel : (channels.get(channelId) ?? noChannel),
      device: (device) => (isDeviceKey(device) ? t(`journey.devices.${device}`) : device),
      kpi: (kpiId) => (kpiId === null ? null : (kpis.get(kpiId) ?? null)),
    };
  }, [data.channels, data.kpis, t]);
}
