import type { RoadmapFile } from '../features/roadmaps/model/roadmap-file';
import {
  currentRoadmapFileVersion,
  roadmapFileFormat,
} from '../features/roadmaps/model/roadmap-file';
import { stageSlugs } from '../lib/stages';

/**
 * Builds valid roadmap files of any size, for unit tests and for the benchmark's large library.
 * Deterministic for a given seed, so failures are reproducible.
 */
export function makeRoadmapFile(seed: number, options: { notes?: number } = {}): RoadmapFile {
  const stamp = new Date(Date.UTC(2026, 0, 1) + seed * 60_000).toISOString();
  const roadmapId = `roadmap-${seed}`;
  const noteCount = Math.min(options.notes ?? 3, stageSlugs.length);
  return {
    format: roadmapFileFormat,
    version: currentRoadmapFileVersion,
    exportedAt: stamp,
    roadmap: {
      id: roadmapId,
      name: `Roadmap ${seed}`,
      company: `Company ${seed % 17}`,
      workshopDate: '2026-03-31',
      author: 'Test author',
      notes: `Notes for roadmap ${seed}`,
      createdAt: stamp,
      updatedAt: stamp,
    },
    rows: {
      stageNotes: stageSlugs.slice(0, noteCount).map((stage, index) => ({
        id: `${roadmapId}-note-${index}`,
        roadmapId,
        stage,
        text: `What the room said about ${stage} (${seed}).`,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    },
  };
}
