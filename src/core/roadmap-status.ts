import { stageSlugs, type StageSlug } from '../lib/stages';
import type { Roadmap, RoadmapFields, StageProgress, StageStatus } from './roadmap';

// Kept apart from the zod schemas so that screens which only read roadmaps do not load zod.

export const emptyRoadmapFields: RoadmapFields = {
  name: '',
  company: '',
  workshopDate: '',
  author: '',
  notes: '',
};

export function stageStatus(roadmap: Pick<Roadmap, 'progress'>, stage: StageSlug): StageStatus {
  return roadmap.progress[stage] ?? 'not-started';
}

export function roadmapFields(roadmap: Roadmap): RoadmapFields {
  const { name, company, workshopDate, author, notes } = roadmap;
  return { name, company, workshopDate, author, notes };
}

export function countDoneStages(progress: StageProgress): number {
  return stageSlugs.filter((stage) => stage !== 'strategy-map' && progress[stage] === 'done')
    .length;
}
