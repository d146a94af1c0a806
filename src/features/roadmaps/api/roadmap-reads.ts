import type { Roadmap } from '../../../core/roadmap';
import { db } from '../../../db/database';

/*
 * The reads that draw the library and a roadmap's frame. They need Dexie and nothing else, so the
 * list shows without the writes' code (their validation and file formats), which loads with the
 * first write.
 */

/** Newest first, the order the library shows. */
export function getRoadmaps(): Promise<Roadmap[]> {
  return db.roadmaps.orderBy('updatedAt').reverse().toArray();
}

export async function getRoadmap(roadmapId: string): Promise<Roadmap | null> {
  return (await db.roadmaps.get(roadmapId)) ?? null;
}
