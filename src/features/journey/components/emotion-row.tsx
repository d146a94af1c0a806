import { useTranslation } from '../../../components/ui/translation';
import type { JourneyPhase } from '../model/journey';
import { EmotionCurveSvg } from './emotion-curve-svg';
import { EmotionSelect, type EmotionSelectProps } from './emotion-select';

export interface EmotionRowProps {
  phases: readonly JourneyPhase[];
  onSave: EmotionSelectProps['onSave'];
}

/** The emotion lane: the curve across all phases, and under each phase its score. */
export function EmotionRow({ phases, onSave }: EmotionRowProps) {
  const { t } = useTranslation();
  const summary = phases
    .map((phase) =>
      phase.emotion === null
        ? `${phase.name} ${t('journey.emotion.notScored')}`
        : `${phase.name} ${t(`journey.emotion.scale.${String(phase.emotion) as '0'}`)}`,
    )
    .join('; ');
  return (
    <>
      <div className="journey-lane-label journey-emotion-label">
        <h3>{t('journey.lanes.emotion')}</h3>
      </div>
      <div className="journey-emotion-span">
        <p className="visually-hidden">{t('journey.emotion.summary', { list: summary })}</p>
        <EmotionCurveSvg phases={phases} />
        <div className="journey-emotion-selects">
          {phases.map((phase) => (
            <EmotionSelect key={phase.id} phase={phase} onSave={onSave} />
          ))}
        </div>
      </div>
    </>
  );
}
