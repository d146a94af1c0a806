import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import { formatDate } from '../../../lib/format';
import { useChannelName } from '../../channels';

/** Dates, numbers and channel names as the map writes them, in the current language. */
export function useMapFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const channelName = useChannelName();
  return {
    t,
    language,
    channelName,
    date: (iso: string) => formatDate(iso, language),
    number: (value: number) => formatNumber(value, language, 'measure'),
    /** A mean on the 1-5 scale, with its one decimal: 3,5; 4,0. */
    score: (value: number) => formatNumber(value, language, 'score'),
    /** A number followed by its unit, as typed: "29,000 calls/month". */
    amount: (value: number, unit: string) =>
      unit === ''
        ? formatNumber(value, language, 'measure')
        : `${formatNumber(value, language, 'measure')} ${unit}`,
  };
}

export type MapFormat = ReturnType<typeof useMapFormat>;
