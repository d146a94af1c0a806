import { Fold } from '../../../components/ui/fold';
import { useTranslation } from '../../../components/ui/translation';
import type { ReadinessItem } from '../model/go-live';
import type { Checklist } from '../model/readiness-checklist';
import { AddItemForm } from './add-item-form';
import { ChecklistEntry } from './checklist-entry';
import type { GoLiveActions } from './use-go-live-actions';

export interface ReadinessPanelProps {
  roadmapId: string;
  checklist: Checklist;
  items: readonly ReadinessItem[];
  actions: GoLiveActions;
}

/** Up to this many items the checklist shows open; the method's own list is longer. */
const shortList = 6;

/** The readiness checklist: the percentage first, then every item with its answer. */
export function ReadinessPanel({ roadmapId, checklist, items, actions }: ReadinessPanelProps) {
  const { t } = useTranslation();
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <section
      className="go-live-panel readiness-panel"
      aria-labelledby="readiness-heading"
      data-stage-result=""
    >
      <h2 id="readiness-heading">{t('goLive.checklist.heading')}</h2>
      <div className="readiness-summary">
        <p className="readiness-number">
          <span className="readiness-percent">
            {checklist.percent === null ? '–' : `${checklist.percent}%`}
          </span>{' '}
          <span className="readiness-word">{t('goLive.checklist.percentLabel')}</span>
        </p>
        <div className="readiness-meter">
          <p className="readiness-count">
            {checklist.applicable === 0
              ? t('goLive.checklist.noneApply')
              : t('goLive.checklist.count', {
                  done: checklist.done,
                  applicable: checklist.applicable,
                })}
          </p>
          <progress
            max={100}
            value={checklist.percent ?? 0}
            aria-label={t('goLive.checklist.progress')}
          />
        </div>
      </div>
      <p className="muted">{t('goLive.checklist.intro')}</p>
      <Fold
        name="go-live.checklist"
        defaultOpen={checklist.entries.length <= shortList}
        summary={t('goLive.checklist.fold', {
          count: checklist.entries.length,
          parts: (
            [
              ['done', checklist.done],
              ['open', checklist.applicable - checklist.done],
              ['notApplicable', checklist.entries.length - checklist.applicable],
            ] as const
          )
            .filter(([, count]) => count > 0)
            .map(([part, count]) => t(`goLive.checklist.foldPart.${part}`, { count }))
            .join(', '),
        })}
      >
        <ul className="checklist" aria-label={t('goLive.checklist.listLabel')}>
          {checklist.entries.map((entry) => (
            <ChecklistEntry
              key={entry.catalogKey ?? entry.itemId}
              roadmapId={roadmapId}
              entry={entry}
              item={entry.itemId ? byId.get(entry.itemId) : undefined}
              actions={actions}
            />
          ))}
        </ul>
        <AddItemForm actions={actions} />
      </Fold>
    </section>
  );
}
