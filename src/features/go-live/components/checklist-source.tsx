import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { roadmapPath, stageNumber } from '../../../lib/stages';
import type { ChecklistEntry } from '../model/readiness-checklist';
import { rolloutPanelId } from './rollout-panel';

export interface ChecklistSourceProps {
  roadmapId: string;
  entry: ChecklistEntry;
}

/** Where an entry's answer comes from, with a link to the stage that can change it. */
export function ChecklistSource({ roadmapId, entry }: ChecklistSourceProps) {
  const { t } = useTranslation();
  if (entry.catalogKey === null)
    return <p className="checklist-source">{t('goLive.checklist.ownItem')}</p>;
  if (entry.stage === null)
    return <p className="checklist-source">{t('goLive.checklist.teamCall')}</p>;
  const says = t(`goLive.checklist.state.${entry.automatic ? 'done' : 'open'}`);
  const isAuto = entry.answer === 'auto';
  if (entry.stage === 'go-live') {
    // The rollout plan is on this page: move there instead of reloading the stage.
    return (
      <p className="checklist-source">
        <a
          href={`#${rolloutPanelId}`}
          onClick={(event) => {
            event.preventDefault();
            const panel = document.getElementById(rolloutPanelId);
            panel?.scrollIntoView({ block: 'start' });
            panel?.focus({ preventScroll: true });
          }}
        >
          {isAuto
            ? t('goLive.checklist.autoFromRollout')
            : t('goLive.checklist.overriddenRollout', { state: says })}
        </a>
      </p>
    );
  }
  const number = stageNumber(entry.stage) ?? 0;
  const stage = t(`stages.${entry.stage}.title`);
  return (
    <p className="checklist-source">
      <Link to={roadmapPath(roadmapId, entry.stage)}>
        {isAuto
          ? t('goLive.checklist.autoFrom', { number, stage })
          : t('goLive.checklist.overridden', { number, state: says })}
      </Link>
    </p>
  );
}
