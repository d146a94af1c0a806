import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { RolloutWarnings } from '../model/launch-timing';
import { rolloutRowId } from './rollout-row';

export interface RolloutWarningsListProps {
  warnings: RolloutWarnings;
  names: ReadonlyMap<string, string>;
  fullDates: ReadonlyMap<string, string | null>;
  goLiveDate: string | null;
}

/** Moves focus (and the view) to a channel's rollout, where the dates are fixed. */
function goTo(channelId: string) {
  const element = document.getElementById(rolloutRowId(channelId));
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

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
  const mark = (
    <span aria-hidden="true" className="warning-mark">
      !
    </span>
  );
  return (
    <div className="warning-list" role="status">
      {warnings.lateFull.map((id) => (
        <div key={id} className="warning-item">
          <p>
            {mark}{' '}
            {t('goLive.rollout.lateFull', {
              name: name(id),
              date: date(fullDates.get(id)),
              goLive: date(goLiveDate),
            })}
          </p>
          <div className="warning-actions">
            <button type="button" className="button button-small" onClick={() => goTo(id)}>
              {t('goLive.rollout.fixIt', { name: name(id) })}
            </button>
          </div>
        </div>
      ))}
      {warnings.undated.length > 0 ? (
        <div className="warning-item">
          <p>
            {mark}{' '}
            {t('goLive.rollout.undated', {
              count: warnings.undated.length,
              names: list.format(warnings.undated.map(name)),
            })}
          </p>
          <div className="warning-actions">
            {warnings.undated.map((id) => (
              <button
                key={id}
                type="button"
                className="button button-small"
                onClick={() => goTo(id)}
              >
                {t('goLive.rollout.fixIt', { name: name(id) })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
