import { db } from '../../../db/database';
import type { GoLivePlan } from '../model/go-live';

/** The launch plan alone, for other stages that show the dates (a single indexed read). */
export async function getGoLivePlan(roadmapId: string): Promise<GoLivePlan | null> {
  return (await db.goLivePlans.get({ roadmapId })) ?? null;
}
