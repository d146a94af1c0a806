import { useTranslation } from '../../../components/ui/translation';
import { WarningList, type Warning } from '../../../components/ui/warning-list';
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
  const items: Warning[] = [
    ...shownGaps.map((gap) => ({
      key: `gap-${gap.roleId}-${gap.competencyId}`,
      text: t('training.warnings.uncovered', {
        role: name(gap.roleId),
        competency: name(gap.competencyId),
        count: gap.holders,
      }),
      actions: [
        {
          label: t('training.warnings.plan'),
          ariaLabel: t('training.warnings.planFor', {
            role: name(gap.roleId),
            competency: name(gap.competencyId),
          }),
          onAction: () => onPlan(gap.roleId, gap.competencyId),
        },
      ],
    })),
    ...(hiddenGaps > 0
      ? [
          {
            key: 'more-gaps',
            text: t('training.warnings.moreGaps', { count: hiddenGaps }),
          },
        ]
      : []),
    ...(warnings.hasNoBehaviouralModule
      ? [
          {
            key: 'behavioural',
            text: t('training.warnings.noBehavioural'),
            actions: [{ label: t('training.modules.open'), onAction: onAddModule }],
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
      actions: (
        <Link className="button button-small" to={roadmapPath(roadmapId, 'go-live')}>
          {t('training.warnings.openGoLive')}
        </Link>
      ),
    })),
  ];
  return (
    <WarningList
      items={items}
      label={t('training.warnings.label')}
      summary={t('training.warnings.summary', { count: items.length })}
    />
  );
}
