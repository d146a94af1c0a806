import type { StageSlug } from '../../../lib/stages';
import { currentRoadmapFileVersion, roadmapFileFormat, type RoadmapFile } from './roadmap-file';

export interface SampleTexts {
  name: string;
  company: string;
  author: string;
  notes: string;
  stageNotes: Partial<Record<StageSlug, string>>;
}

/**
 * The sample roadmap: an invented regional airline, written in the current language. It is built
 * as a roadmap file and goes through the normal import, so it is validated like any other file.
 */
export function buildSampleRoadmapFile(texts: SampleTexts, now: Date = new Date()): RoadmapFile {
  const stamp = now.toISOString();
  const roadmapId = 'sample-roadmap';
  const workshop = new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return {
    format: roadmapFileFormat,
    version: currentRoadmapFileVersion,
    exportedAt: stamp,
    roadmap: {
      id: roadmapId,
      name: texts.name,
      company: texts.company,
      workshopDate: workshop,
      author: texts.author,
      notes: texts.notes,
      createdAt: stamp,
      updatedAt: stamp,
    },
    rows: {
      stageNotes: Object.entries(texts.stageNotes).map(([stage, text]) => ({
        id: `sample-note-${stage}`,
        roadmapId,
        stage: stage as StageSlug,
        text,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    },
  };
}
