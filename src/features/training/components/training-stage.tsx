import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { trainingQueries } from '../api/training-queries';
import { newModuleFields } from '../model/module-form';
import { trainingReadiness } from '../model/readiness';
import type { TrainingModuleFields } from '../model/training';
import { trainingWarnings } from '../model/training-warnings';
import { CompetenciesPanel } from './competencies-panel';
import { LevelsPanel } from './levels-panel';
import { ModulesPanel } from './modules-panel';
import { ReadinessPanel } from './readiness-panel';
import { SchedulePanel } from './schedule-panel';
import { TeamPanel } from './team-panel';
import { TrainingEmpty } from './training-empty';
import { TrainingWarningsPanel } from './training-warnings-panel';
import { useTrainingActions } from './use-training-actions';
import './training.css';

export interface TrainingStageProps {
  roadmapId: string;
}

let formKey = 0;

/** Stage 6: the team, the competencies it needs, the gaps, and the training plan that closes them. */
export function TrainingStage({ roadmapId }: TrainingStageProps) {
  const { data } = useQuery(trainingQueries.detail(roadmapId));
  const actions = useTrainingActions(roadmapId);
  const [adding, setAdding] = useState<{ key: string; fields: TrainingModuleFields } | null>(null);

  const readiness = useMemo(() => (data ? trainingReadiness(data) : null), [data]);
  const warnings = useMemo(
    () => (data && readiness ? trainingWarnings(readiness, data.modules, data.goLiveDate) : null),
    [data, readiness],
  );
  const names = useMemo(
    () =>
      new Map([
        ...(data?.roles ?? []).map((row) => [row.id, row.name] as const),
        ...(data?.competencies ?? []).map((row) => [row.id, row.name] as const),
      ]),
    [data?.roles, data?.competencies],
  );

  if (!data || !readiness || !warnings) return <p className="loading-inline" aria-busy="true" />;
  if (data.roles.length === 0 && data.competencies.length === 0 && data.modules.length === 0)
    return (
      <div className="training-stage">
        <TrainingEmpty actions={actions} />
      </div>
    );

  // Opening the add form moves the page to it, so the consultant sees what the button did.
  const openAdd = (fields: TrainingModuleFields) => {
    formKey += 1;
    setAdding({ key: String(formKey), fields });
    requestAnimationFrame(() =>
      document.getElementById('training-modules')?.scrollIntoView({ block: 'start' }),
    );
  };
  const plan = (roleId: string, competencyId: string) => {
    const competency = data.competencies.find((row) => row.id === competencyId);
    openAdd(
      newModuleFields({
        competencyIds: [competencyId],
        roleIds: [roleId],
        family: competency?.family,
      }),
    );
  };

  return (
    <div className="training-stage">
      {/* What the room came for first: readiness and the gaps; then the checks, folded into one
          line, and the editing panels. */}
      <ReadinessPanel data={data} readiness={readiness} />
      <TrainingWarningsPanel
        roadmapId={roadmapId}
        warnings={warnings}
        names={names}
        goLiveDate={data.goLiveDate}
        onPlan={plan}
        onAddModule={() => openAdd(newModuleFields({ family: 'behavioural' }))}
      />
      <div className="training-columns">
        <TeamPanel data={data} actions={actions} />
        <CompetenciesPanel data={data} actions={actions} />
      </div>
      <LevelsPanel data={data} actions={actions} />
      <ModulesPanel
        data={data}
        actions={actions}
        adding={adding}
        onAdding={setAdding}
        onOpenAdd={() => openAdd(newModuleFields())}
      />
      <SchedulePanel roadmapId={roadmapId} data={data} />
    </div>
  );
}
