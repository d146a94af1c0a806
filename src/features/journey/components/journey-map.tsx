import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useRememberedOpen } from '../../../components/ui/fold';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import type { JourneyData } from '../api/journey-repository';
import type { JourneyPhase, Touchpoint } from '../model/journey';
import { EmotionRow } from './emotion-row';
import { LaneRow } from './lane-row';
import { PhaseHeaderRow } from './phase-header-row';
import { TouchpointDialog, type TouchpointDialogState } from './touchpoint-dialog';
import { TouchpointRow } from './touchpoint-row';
import type { JourneyActions } from './use-journey-actions';
import type { JourneyLabels } from './use-journey-labels';

export interface JourneyMapProps {
  roadmapId: string;
  data: JourneyData;
  labels: JourneyLabels;
  actions: JourneyActions;
}

/** From this many touchpoints the cards start lean. */
const leanFrom = 12;

/**
 * The journey map: phases as columns, lanes as rows, in one CSS grid so every lane lines up with
 * its phase (and the emotion curve with the columns) on screen and on paper.
 */
export function JourneyMap({ roadmapId, data, labels, actions }: JourneyMapProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<TouchpointDialogState>(null);
  // A long journey shows lean cards (what happens, channel, device) so the map fits the room's
  // screen; owners, KPIs and the move buttons come back with one button.
  const [hasCardDetails, setCardDetails] = useRememberedOpen(
    'journey.card-details',
    data.touchpoints.length < leanFrom,
  );
  const { mutations, report } = actions;
  const byPhase = useMemo(() => {
    const groups = new Map<string, Touchpoint[]>();
    for (const touchpoint of data.touchpoints) {
      const list = groups.get(touchpoint.phaseId);
      if (list) list.push(touchpoint);
      else groups.set(touchpoint.phaseId, [touchpoint]);
    }
    return groups;
  }, [data.touchpoints]);
  const counts = useMemo(
    () => new Map([...byPhase].map(([phaseId, list]) => [phaseId, list.length])),
    [byPhase],
  );

  const saveEmotion = useStableCallback((phaseId: string, emotion: number | null) =>
    mutations.updatePhase.mutateAsync({ phaseId, changes: { emotion } }),
  );
  const addTouchpoint = useCallback(
    (phase: JourneyPhase) => setDialog({ mode: 'create', phaseId: phase.id }),
    [],
  );
  const editTouchpoint = useCallback(
    (touchpoint: Touchpoint) => setDialog({ mode: 'edit', touchpointId: touchpoint.id }),
    [],
  );
  const addPhase = async () => {
    try {
      const phase = await mutations.addPhase.mutateAsync(
        t('journey.newPhaseName', { number: data.phases.length + 1 }),
      );
      // The new column's name is the next thing to type.
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>(`#journey-phase-${phase.id} input`)?.select(),
      );
    } catch (error) {
      report(error);
    }
  };

  const style = { '--journey-phases': data.phases.length } as CSSProperties;
  return (
    <section
      className="journey-panel journey-map-panel"
      aria-labelledby="journey-map-heading"
      data-stage-result=""
    >
      <div className="journey-map-top">
        <h2 id="journey-map-heading">{t('journey.mapHeading')}</h2>
        <div className="journey-map-actions">
          <button
            type="button"
            className="button"
            aria-expanded={hasCardDetails}
            aria-controls="journey-map-grid"
            onClick={() => setCardDetails(!hasCardDetails)}
          >
            {t('journey.cardDetails', { count: data.touchpoints.length })}
          </button>
          <button type="button" className="button" onClick={() => void addPhase()}>
            <span aria-hidden="true">+</span> {t('journey.addPhase')}
          </button>
        </div>
      </div>
      <p className="muted journey-help" data-edit-only>
        {t('journey.mapHelp')}
      </p>
      <div className="journey-scroll">
        <div
          id="journey-map-grid"
          className={hasCardDetails ? 'journey-map' : 'journey-map is-lean'}
          style={style}
        >
          <PhaseHeaderRow
            phases={data.phases}
            touchpointCounts={counts}
            roadmapId={roadmapId}
            onMove={actions.movePhase}
            onDelete={actions.deletePhase}
          />
          <LaneRow roadmapId={roadmapId} lane="doing" phases={data.phases} />
          <LaneRow roadmapId={roadmapId} lane="expecting" phases={data.phases} />
          <TouchpointRow
            phases={data.phases}
            byPhase={byPhase}
            labels={labels}
            hasDetails={hasCardDetails}
            onAdd={addTouchpoint}
            onEdit={editTouchpoint}
            onMove={actions.moveTouchpoint}
            onDelete={actions.deleteTouchpoint}
          />
          <EmotionRow phases={data.phases} onSave={saveEmotion} />
          <LaneRow roadmapId={roadmapId} lane="painPoints" phases={data.phases} />
          <LaneRow roadmapId={roadmapId} lane="opportunities" phases={data.phases} />
        </div>
      </div>
      <TouchpointDialog
        roadmapId={roadmapId}
        state={dialog}
        data={data}
        labels={labels}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
