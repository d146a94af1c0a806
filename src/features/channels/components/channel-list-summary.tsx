import { useTranslation } from '../../../components/ui/translation';
import type { Channel } from '../model/channel';
import { isInitialIdea } from '../model/channel-evidence';
import { channelsToOptimiseFirst } from '../model/evidence';

const statuses = [
  'in-use',
  'planned',
  'candidate',
  'rejected',
] as const satisfies readonly Channel['status'][];

/** The folded channel list in one line: how many, by status, and how many to fix first. */
export function ChannelListSummary({ channels }: { channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const byStatus = statuses
    .map((status) => ({
      status,
      count: channels.filter((channel) => channel.status === status).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => t(`channels.fold.${status}`, { count }))
    .join(', ');
  // The same rule as the "optimise first" check above the list.
  const toFix = channels.some(isInitialIdea) ? channelsToOptimiseFirst(channels).length : 0;
  return (
    <>
      {t('channels.fold.total', { count: channels.length, byStatus })}
      {toFix > 0 ? (
        <span className="fold-warning"> · {t('channels.fold.toFix', { count: toFix })}</span>
      ) : null}
    </>
  );
}
