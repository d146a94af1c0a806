import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../core/kit/autosave-field';
import type { JourneyLane, JourneyPhase } from '../model/journey';

export interface LaneRowProps {
  lane: JourneyLane;
  phases: readonly JourneyPhase[];
  onSave: (phaseId: string, lane: JourneyLane, text: string) => Promise<unknown>;
}

const maxLength = 1000;

/** One text lane across the map: a cell per phase that saves itself as the team types. */
export function LaneRow({ lane, phases, onSave }: LaneRowProps) {
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
            onSave={(text) => onSave(phase.id, lane, text)}
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
