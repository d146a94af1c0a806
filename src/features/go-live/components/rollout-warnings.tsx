import { useTranslation } from '../../../components/ui/translation';
import { goToElement, WarningList, type Warning } from '../../../components/ui/warning-list';
import { formatDate } from '../../../lib/format';
import type { RolloutWarnings } from '../model/launch-timing';
import { rolloutRowId } from './rollout-row';

export interface RolloutWarningsListProps {
  warnings: RolloutWarnings;
  names: ReadonlyMap<string, string>;
  fullDates: ReadonlyMap<string, string | null>;
  goLiveDate: string | null;
}

const goTo = (channelId: string) => goToElement(rolloutRowId(channelId));

/** The rollout checks in the shared warning style, each with a way to the channel. */
export function RolloutWarningsList({
  warnings,
  names,
  fullDates,
  goLiveDate,
}: RolloutWarningsListProps) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null | undefined) =>
    value ? formatDate(value, i18n.language) : '';
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const name = (id: string) => names.get(id) ?? '';
  const items: Warning[] = [
    ...warnings.lateFull.map((id) => ({
      key: `late-${id}`,
      text: t('goLive.rollout.lateFull', {
        name: name(id),
        date: date(fullDates.get(id)),
        goLive: date(goLiveDate),
      }),
      actions: [{ label: t('goLive.rollout.fixIt', { name: name(id) }), onAction: () => goTo(id) }],
    })),
    ...(warnings.undated.length > 0
      ? [
          {
            key: 'undated',
            text: t('goLive.rollout.undated', {
              count: warnings.undated.length,
              names: list.format(warnings.undated.map(name)),
            }),
            actions: warnings.undated.map((id) => ({
              label: t('goLive.rollout.fixIt', { name: name(id) }),
              onAction: () => goTo(id),
            })),
          },
        ]
      : []),
  ];
  return <WarningList items={items} />;
}
