import { useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import type { JourneyData } from '../api/journey-repository';
import { deviceKeys, type JourneyPhase, type Touchpoint } from '../model/journey';
import { deviceOptions } from '../model/touchpoint-form';
import { TouchpointForm } from './touchpoint-form';
import type { JourneyLabels } from './use-journey-labels';

/** Which touchpoint the dialog is about: a new one in a phase, or one being edited. */
export type TouchpointDialogState =
  { mode: 'create'; phaseId: string } | { mode: 'edit'; touchpointId: string } | null;

export interface TouchpointDialogProps {
  roadmapId: string;
  state: TouchpointDialogState;
  data: JourneyData;
  labels: JourneyLabels;
  onClose: () => void;
}

/** The touchpoint form in a modal: several fields at once, so it earns a dialog. */
export function TouchpointDialog({
  roadmapId,
  state,
  data,
  labels,
  onClose,
}: TouchpointDialogProps) {
  const { t } = useTranslation();
  const options = useMemo(() => deviceOptions(deviceKeys, data.touchpoints), [data.touchpoints]);
  const touchpoint: Touchpoint | null =
    state?.mode === 'edit'
      ? (data.touchpoints.find((row) => row.id === state.touchpointId) ?? null)
      : null;
  const phaseId = state?.mode === 'create' ? state.phaseId : touchpoint?.phaseId;
  const phase: JourneyPhase | undefined = data.phases.find((row) => row.id === phaseId);
  const isOpen =
    state !== null && phase !== undefined && (state.mode === 'create' || touchpoint !== null);
  const title = phase
    ? t(state?.mode === 'edit' ? 'journey.form.editTitle' : 'journey.form.newTitle', {
        phase: phase.name,
      })
    : '';
  return (
    <Dialog open={isOpen} title={title} onClose={onClose}>
      {isOpen && phase ? (
        <TouchpointForm
          key={touchpoint?.id ?? `new-${phase.id}`}
          roadmapId={roadmapId}
          phase={phase}
          touchpoint={touchpoint}
          deviceOptions={options}
          channels={data.channels}
          kpis={data.kpis}
          labels={labels}
          onDone={onClose}
        />
      ) : null}
    </Dialog>
  );
}
