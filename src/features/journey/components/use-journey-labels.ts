import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { JourneyData } from '../api/journey-repository';
import { deviceKeys, isDeviceKey } from '../model/journey';

/** What a card's buttons are called, for the touchpoint named `name`. */
export interface CardLabels {
  drag: (name: string) => string;
  edit: (name: string) => string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  moveToPrevious: (name: string) => string;
  moveToNext: (name: string) => string;
  remove: (name: string) => string;
  /** Before the KPI's name: "Measured by". */
  kpi: string;
}

/** Stands for the name while a label's wording is looked up; no name contains it. */
const nameMark = '\u0000name\u0000';

export interface JourneyLabels {
  /** A channel's shown name by id; `null` (no channel) gives the "no channel" wording. */
  channel: (channelId: string | null) => string;
  /** A built-in device in the UI language, or the name the user typed. */
  device: (device: string) => string;
  kpi: (kpiId: string | null) => string | null;
  card: CardLabels;
}

/**
 * The names the map shows for channels, devices and KPIs, worked out once per data change
 * rather than once per card: a 400-card map would otherwise translate the same names 400 times.
 */
export function useJourneyLabels(data: Pick<JourneyData, 'channels' | 'kpis'>): JourneyLabels {
  const { t } = useTranslation();
  // Apart from the names, so a renamed channel repaints only the cards that show it.
  const card = useMemo((): CardLabels => {
    // Each wording is translated once with a mark for the name, then filled in per card: 400
    // cards times seven labels through i18next took longer than drawing the cards.
    const withName = (wording: string) => {
      const parts = wording.split(nameMark);
      return (name: string) => parts.join(name);
    };
    return {
      drag: withName(t('journey.touchpoints.drag', { name: nameMark })),
      edit: withName(t('journey.touchpoints.edit', { name: nameMark })),
      moveUp: withName(t('journey.touchpoints.moveUp', { name: nameMark })),
      moveDown: withName(t('journey.touchpoints.moveDown', { name: nameMark })),
      moveToPrevious: withName(t('journey.touchpoints.moveToPrevious', { name: nameMark })),
      moveToNext: withName(t('journey.touchpoints.moveToNext', { name: nameMark })),
      remove: withName(t('journey.touchpoints.remove', { name: nameMark })),
      kpi: t('journey.touchpoints.kpi'),
    };
  }, [t]);
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
    const devices = new Map(deviceKeys.map((key) => [key, t(`journey.devices.${key}`)]));
    return {
      channel: (channelId) =>
        channelId === null ? noChannel : (channels.get(channelId) ?? noChannel),
      device: (device) => (isDeviceKey(device) ? (devices.get(device) ?? device) : device),
      kpi: (kpiId) => (kpiId === null ? null : (kpis.get(kpiId) ?? null)),
      card,
    };
  }, [data.channels, data.kpis, card, t]);
}
