import type { RoadmapFields } from '../../../core/roadmap';
import { loadStages } from '../../../core/stage-registry';
import { defineWrite } from '../../../core/write/define-write';

const repository = () =>
  Promise.all([import('./roadmaps-repository'), loadStages()]).then(([module]) => module);

/** Editing a roadmap's details is a step of that roadmap's undo journal like any other edit. */
export const updateRoadmapWrite = defineWrite({
  name: 'roadmaps.update',
  load: repository,
  write: (repo, roadmapId, fields: RoadmapFields) => repo.updateRoadmap(roadmapId, fields),
  label: (fields) => ({ action: 'edit', stage: 'roadmap', name: fields.name }),
});
