import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { resetDatabase } from '../../../test/reset-database';
import { createRoadmap } from '../../roadmaps/api/roadmaps-repository';
import {
  addAssessor,
  addCompetitor,
  getStartingPoint,
  moveSubject,
  NameTakenError,
  removeAssessor,
  removeSubject,
  setScore,
  updateSubject,
} from './starting-point-repository';
import { undo, redo } from '../../../core/write/history';
import {
  addRoomAssessorsWrite,
  removeAssessorWrite,
  removeSubjectWrite,
  updateSubjectWrite,
} from './starting-point-queries';

const fields = { name: 'Workshop', company: 'Acme', workshopDate: '', author: '', notes: '' };
let roadmapId = '';
const score = (
  subjectId: string,
  assessorId: string | null,
  theme: 'digital' | 'culture',
  value: number | null,
) =>
  setScore(roadmapId, { subjectId, assessorId, theme, value, defaultAssessorName: 'Assessor 1' });

beforeEach(async () => {
  await resetDatabase();
  roadmapId = (await createRoadmap(fields)).id;
});

describe('starting point repository', () => {
  it('starts every roadmap with its own company, named after the company', async () => {
    const { subjects, assessors, scores } = await getStartingPoint(roadmapId);
    expect(subjects).toMatchObject([{ kind: 'own', name: 'Acme', position: 0 }]);
    expect(assessors).toEqual([]);
    expect(scores).toEqual([]);
  });

  it('refuses a competitor whose name is taken, ignoring case, and writes nothing', async () => {
    await addCompetitor(roadmapId, 'Polizza Facile');
    await expect(addCompetitor(roadmapId, 'polizza facile')).rejects.toBeInstanceOf(NameTakenError);
    await expect(addCompetitor(roadmapId, 'ACME')).rejects.toBeInstanceOf(NameTakenError);
    expect(await db.subjects.count()).toBe(2);
  });

  it('creates the default assessor with the first score, and clearing deletes the score', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    await score(own.id, null, 'digital', 4);
    const { assessors, scores } = await getStartingPoint(roadmapId);
    expect(assessors).toMatchObject([{ name: 'Assessor 1' }]);
    expect(scores).toMatchObject([
      { subjectId: own.id, assessorId: assessors[0]!.id, theme: 'digital', value: 4 },
    ]);
    await score(own.id, assessors[0]!.id, 'digital', 2);
    expect((await getStartingPoint(roadmapId)).scores).toMatchObject([{ value: 2 }]);
    await score(own.id, assessors[0]!.id, 'digital', null);
    expect(await db.scores.count()).toBe(0);
  });

  it('refuses a score outside 1-5 and writes nothing', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    await expect(score(own.id, null, 'culture', 6)).rejects.toThrow();
    expect(await db.scores.count()).toBe(0);
    expect(await db.assessors.count()).toBe(0);
  });

  it('marks the stage done when the company and a competitor are scored on both themes', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    const rival = await addCompetitor(roadmapId, 'Rival');
    const assessor = await addAssessor(roadmapId, 'Giulia');
    for (const subject of [own, rival]) {
      await score(subject.id, assessor.id, 'digital', 3);
      expect((await db.roadmaps.get(roadmapId))?.progress['starting-point']).toBe('in-progress');
      await score(subject.id, assessor.id, 'culture', 4);
    }
    expect((await db.roadmaps.get(roadmapId))?.progress['starting-point']).toBe('done');
    await removeAssessor(roadmapId, assessor.id);
    expect(await db.scores.count()).toBe(0);
    expect((await db.roadmaps.get(roadmapId))?.progress['starting-point']).toBe('in-progress');
  });

  it('removes a competitor with its scores and restores both', async () => {
    const rival = await addCompetitor(roadmapId, 'Rival');
    await score(rival.id, null, 'digital', 5);
    await removeSubjectWrite.perform(roadmapId, rival.id);
    expect(await db.scores.count()).toBe(0);
    await undo(roadmapId);
    expect((await getStartingPoint(roadmapId)).scores).toMatchObject([
      { subjectId: rival.id, value: 5 },
    ]);
  });

  it('removes an assessor with their scores, says how many, and undo brings all back', async () => {
    const rival = await addCompetitor(roadmapId, 'Rival');
    const [anna, ben] = [await addAssessor(roadmapId, 'Anna'), await addAssessor(roadmapId, 'Ben')];
    await score(rival.id, anna.id, 'digital', 4);
    await score(rival.id, anna.id, 'culture', 2);
    await score(rival.id, ben.id, 'digital', 5);
    const removed = await removeAssessorWrite.perform(roadmapId, anna.id);
    expect(removed.scoreCount).toBe(2);
    expect((await getStartingPoint(roadmapId)).scores).toHaveLength(1);
    await undo(roadmapId);
    const back = await getStartingPoint(roadmapId);
    expect(back.assessors.map((assessor) => assessor.name)).toEqual(['Anna', 'Ben']);
    expect(back.scores).toHaveLength(3);
    await redo(roadmapId);
    expect((await getStartingPoint(roadmapId)).assessors.map((a) => a.name)).toEqual(['Ben']);
  });

  it('keeps both themes’ observations when two tabs type one each', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    await updateSubjectWrite.perform(roadmapId, {
      subjectId: own.id,
      changes: { evidence: { digital: 'App rated 2 stars' } },
    });
    await updateSubjectWrite.perform(roadmapId, {
      subjectId: own.id,
      changes: { evidence: { culture: 'Friendly on the phone' } },
    });
    expect((await db.subjects.get(own.id))?.evidence).toEqual({
      digital: 'App rated 2 stars',
      culture: 'Friendly on the phone',
    });
    await undo(roadmapId);
    expect((await db.subjects.get(own.id))?.evidence).toEqual({
      digital: 'App rated 2 stars',
      culture: '',
    });
  });

  it('never removes the own company', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    await expect(removeSubject(roadmapId, own.id)).rejects.toThrow();
    expect(await db.subjects.count()).toBe(1);
  });

  it('moves competitors while the own company stays first', async () => {
    await addCompetitor(roadmapId, 'First');
    const second = await addCompetitor(roadmapId, 'Second');
    await moveSubject(roadmapId, second.id, -1);
    expect((await getStartingPoint(roadmapId)).subjects.map((subject) => subject.name)).toEqual([
      'Acme',
      'Second',
      'First',
    ]);
  });

  it('keeps evidence and offered channels, and refuses an unknown channel', async () => {
    const rival = await addCompetitor(roadmapId, 'Rival');
    await updateSubject(roadmapId, rival.id, {
      evidence: { digital: 'WhatsApp in an hour', culture: '' },
      offeredChannels: ['messaging'],
    });
    expect((await getStartingPoint(roadmapId)).subjects[1]).toMatchObject({
      evidence: { digital: 'WhatsApp in an hour' },
      offeredChannels: ['messaging'],
    });
    await expect(
      updateSubject(roadmapId, rival.id, { offeredChannels: ['carrier-pigeon' as never] }),
    ).rejects.toThrow();
  });
});

describe('a live room’s scores', () => {
  it('makes every person an assessor with their scores in one undo step, named apart from the others', async () => {
    const own = (await getStartingPoint(roadmapId)).subjects[0]!;
    const rival = await addCompetitor(roadmapId, 'Polizza Facile');
    await addAssessor(roadmapId, 'Anna');
    const room = {
      code: 'K7QMX',
      people: [
        {
          key: 'K7QMX-p1',
          nickname: 'Anna',
          scores: [
            { subjectId: rival.id, theme: 'digital', value: 4 },
            { subjectId: own.id, theme: 'culture', value: 2 },
          ],
        },
        {
          key: 'K7QMX-p2',
          nickname: 'Luca',
          scores: [{ subjectId: rival.id, theme: 'digital', value: 5 }],
        },
      ],
    };
    expect(await addRoomAssessorsWrite.perform(roadmapId, room)).toBe(2);
    const after = await getStartingPoint(roadmapId);
    // The roadmap already had an Anna: the room's Anna is another person.
    expect(after.assessors.map((assessor) => assessor.name)).toEqual(['Anna', 'Anna 2', 'Luca']);
    const roomAnna = after.assessors[1]!;
    expect(
      after.scores
        .filter((row) => row.assessorId === roomAnna.id)
        .map(({ subjectId, theme, value }) => ({ subjectId, theme, value })),
    ).toEqual(expect.arrayContaining(room.people[0]!.scores));
    expect(after.scores).toHaveLength(3);

    // Keeping the same room again (a retry after a crash) replaces, and adds nobody twice.
    await addRoomAssessorsWrite.perform(roadmapId, room);
    const again = await getStartingPoint(roadmapId);
    expect(again.assessors).toHaveLength(3);
    expect(again.scores).toHaveLength(3);

    await undo(roadmapId);
    await undo(roadmapId);
    const undone = await getStartingPoint(roadmapId);
    expect(undone.assessors.map((assessor) => assessor.name)).toEqual(['Anna']);
    expect(undone.scores).toEqual([]);
  });

  it('leaves out a score on a subject removed while the room was open', async () => {
    const rival = await addCompetitor(roadmapId, 'Polizza Facile');
    await removeSubject(roadmapId, rival.id);
    await addRoomAssessorsWrite.perform(roadmapId, {
      code: 'K7QMX',
      people: [
        {
          key: 'K7QMX-p1',
          nickname: 'Anna',
          scores: [{ subjectId: rival.id, theme: 'digital', value: 4 }],
        },
      ],
    });
    const { assessors, scores } = await getStartingPoint(roadmapId);
    expect(assessors.map((assessor) => assessor.name)).toEqual(['Anna']);
    expect(scores).toEqual([]);
  });
});
