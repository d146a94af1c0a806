import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { roadmapPath } from '../../../lib/stages';
import type { TrainingWarnings } from '../model/training-warnings';

export interface TrainingWarningsPanelProps {
  roadmapId: string;
  warnings: TrainingWarnings;
  names: ReadonlyMap<string, string>;
  goLiveDate: string | null;
  onPlan: (roleId: string, competencyId: string) => void;
  onAddModule: () => void;
}

const maxGapWarnings = 6;

/** The stage's checks, each with the action that fixes it. */
export function TrainingWarningsPanel({
  roadmapId,
  warnings,
  names,
  goLiveDate,
  onPlan,
  onAddModule,
}: TrainingWarningsPanelProps) {
  const { t, i18n } = useTranslation();
  const name = (id: string) => names.get(id) ?? '';
  // A large team can have hundreds of gaps: the first few are enough to act on, the rest counted.
  const shownGaps = warnings.uncoveredGaps.slice(0, maxGapWarnings);
  const hiddenGaps = warnings.uncoveredGaps.length - shownGaps.length;
  const items = [
    ...shownGaps.map((gap) => ({
      key: `gap-${gap.roleId}-${gap.competencyId}`,
      text: t('training.warnings.uncovered', {
        role: name(gap.roleId),
        competency: name(gap.competencyId),
        count: gap.holders,
      }),
      action: (
        <button
          type="button"
          className="button button-small"
          aria-label={t('training.warnings.planFor', {
            role: name(gap.roleId),
            competency: name(gap.competencyId),
          })}
          onClick={() => onPlan(gap.roleId, gap.competencyId)}
        >
          {t('training.warnings.plan')}
        </button>
      ),
    })),
    ...(hiddenGaps > 0
      ? [
          {
            key: 'more-gaps',
            text: t('training.warnings.moreGaps', { count: hiddenGaps }),
            action: null,
          },
        ]
      : []),
    ...(warnings.hasNoBehaviouralModule
      ? [
          {
            key: 'behavioural',
            text: t('training.warnings.noBehavioural'),
            action: (
              <button type="button" className="button button-small" onClick={onAddModule}>
                {t('training.modules.open')}
              </button>
            ),
          },
        ]
      : []),
    ...warnings.endingAfterGoLive.map((module) => ({
      key: `late-${module.id}`,
      text: t('training.warnings.afterGoLive', {
        title: module.title,
        end: module.endDate ? formatDate(module.endDate, i18n.language) : '',
        goLive: goLiveDate ? formatDate(goLiveDate, i18n.language) : '',
      }),
      action: (
        <Link className="button button-small" to={roadmapPath(roadmapId, 'go-live')}>
          {t('training.warnings.openGoLive')}
        </Link>
      ),
    })),
  ];
  return (
    <div className="warning-list" role="status" aria-label={t('training.warnings.label')}>
      {items.map((item) => (
        <div key={item.key} className="warning-item">
          <p>
            <span aria-hidden="true" className="warning-mark">
              !
            </span>{' '}
            {item.text}
          </p>
          <div className="warning-actions">{item.action}</div>
        </div>
      ))}
    </div>
  );
}
