import { useTranslation } from '../../../components/ui/translation';
import { AutosaveField } from '../../../core/kit/autosave-field';
import { saveTarget } from '../../../core/kit/save-target';
import { updatePhaseWrite } from '../api/use-journey-mutations';
import type { JourneyLane, JourneyPhase } from '../model/journey';

export interface LaneRowProps {
  roadmapId: string;
  lane: JourneyLane;
  phases: readonly JourneyPhase[];
}

const maxLength = 1000;

/** One text lane across the map: a cell per phase that saves itself as the team types. */
export function LaneRow({ roadmapId, lane, phases }: LaneRowProps) {
  const { t } = useTranslation();
  const laneName = t(`journey.lanes.${lane}`);
  return (
    <>
      <h3 className={`journey-lane-label journey-lane-${lane}`}>{laneName}</h3>
      {phases.map((phase) => (
        <div key={phase.id} className={`journey-cell journey-lane-cell journey-lane-${lane}`}>
          <AutosaveField
            label={t('journey.laneField', { lane: laneName, phase: phase.name })}
            value={phase.lanes[lane]}
            multiline
            rows={3}
            readInPresenting
            onSave={saveTarget(
              updatePhaseWrite,
              roadmapId,
              `phase:${phase.id}:${lane}`,
              (text: string) => ({ phaseId: phase.id, changes: { lanes: { [lane]: text } } }),
            )}
            validate={(text) =>
              text.trim().length > maxLength
                ? t('validation.tooLong', { maximum: maxLength })
                : null
            }
          />
        </div>
      ))}
    </>
  );
}
