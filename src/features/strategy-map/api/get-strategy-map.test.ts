import { beforeEach, describe, expect, it } from 'vitest';
import { roadmapFileSchemas } from '../../../core/file/roadmap-file';
import { db } from '../../../db/database';
import { makeRoadmapFile } from '../../../test/generators';
import { resetDatabase } from '../../../test/reset-database';
import { exportRoadmap, importRoadmapFile } from '../../roadmaps/api/roadmaps-repository';
import { trainingFigures, trainingReadiness } from '../../training';
import { getStrategyMapSource } from './get-strategy-map';

const file = makeRoadmapFile(1, { roles: 3, people: 8, competencies: 6, modules: 2 });
/** The team's readiness worked out from the file's own rows. */
const expected = trainingFigures(
  trainingReadiness({
    roles: file.rows.trainingRoles,
    people: file.rows.trainingPeople,
    competencies: file.rows.competencies,
    levels: file.rows.competencyLevels,
    modules: file.rows.trainingModules,
  }),
);

let roadmapId = '';
beforeEach(async () => {
  await resetDatabase();
  roadmapId = (await importRoadmapFile(file)).id;
});

describe('the strategy map read', () => {
  it('shows the readiness kept with the roadmap, without reading the levels behind it', async () => {
    expect(expected.percent).toBeGreaterThan(0);
    expect(expected.percent).toBeLessThan(100);
    expect((await getStrategyMapSource(roadmapId))?.figures.training).toEqual(expected);
    // The levels gone behind the app's back: the map still shows what the last write kept.
    await db.competencyLevels.where('roadmapId').equals(roadmapId).delete();
    expect((await getStrategyMapSource(roadmapId))?.figures.training).toEqual(expected);
  });

  it('works the readiness out from the levels for a roadmap stored before figures were kept', async () => {
    await db.roadmaps.update(roadmapId, { figures: undefined });
    expect((await db.roadmaps.get(roadmapId))?.figures).toBeUndefined();
    expect((await getStrategyMapSource(roadmapId))?.figures.training).toEqual(expected);
  });

  it('leaves the kept figures out of an exported file, which reads back as a valid file', async () => {
    const exported = await exportRoadmap(roadmapId);
    expect(exported.roadmap).not.toHaveProperty('figures');
    expect(roadmapFileSchemas().file.safeParse(exported).success).toBe(true);
  });
});
