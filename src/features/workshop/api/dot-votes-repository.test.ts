import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/database';
import { undo } from '../../../core/write/history';
import { resetDatabase } from '../../../test/reset-database';
import { makeRoadmapFile } from '../../../test/generators';
import { channelBallot, removeChannelWrite } from '../../channels/api/channels-queries';
import { deleteGoalWrite, goalBallot } from '../../goals';
import { exportRoadmap, importRoadmapFile } from '../../roadmaps/api/roadmaps-repository';

beforeEach(resetDatabase);

async function roadmapWithGoals() {
  const roadmap = await importRoadmapFile(makeRoadmapFile(1, { goals: 3, channels: 6 }));
  const goals = await db.goals.where('roadmapId').equals(roadmap.id).sortBy('position');
  return { roadmapId: roadmap.id, goals };
}

interface Cast {
  voter: string;
  optionId: string;
  dots: number;
}
const sorted = (votes: Cast[]) =>
  [...votes].sort((a, b) => `${a.voter}|${a.optionId}`.localeCompare(`${b.voter}|${b.optionId}`));
const votesOf = async (roadmapId: string) =>
  sorted(
    (await db.goalVotes.where('roadmapId').equals(roadmapId).toArray()).map(
      ({ voter, optionId, dots }) => ({ voter, optionId, dots }),
    ),
  );

describe('dot-vote writes', () => {
  it('stores the room’s count per option, each count an undo step, and leaves no row at zero', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    const optionId = goals[1]!.id;
    const tally = (dots: number) =>
      goalBallot.tally.perform(roadmapId, { optionId, optionLabel: 'Goal 2', dots });
    await tally(1);
    await tally(2);
    await tally(3);
    expect(await votesOf(roadmapId)).toEqual([{ voter: '', optionId, dots: 3 }]);
    await tally(2);
    expect(await votesOf(roadmapId)).toEqual([{ voter: '', optionId, dots: 2 }]);
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toEqual([{ voter: '', optionId, dots: 3 }]);
    await tally(0);
    expect(await votesOf(roadmapId)).toEqual([]);
  });

  it('records one person’s dots as one row per option, and edits or renames them in one step', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    const [a, b, c] = goals.map((goal) => goal.id) as [string, string, string];
    await goalBallot.setVoter.perform(roadmapId, { voter: ' Anna ', dots: { [a]: 2, [b]: 1 } });
    expect(await votesOf(roadmapId)).toEqual(
      sorted([
        { voter: 'Anna', optionId: a, dots: 2 },
        { voter: 'Anna', optionId: b, dots: 1 },
      ]),
    );
    // The same person, typed again in lower case: their dots are replaced, not doubled.
    await goalBallot.setVoter.perform(roadmapId, { voter: 'anna', dots: { [c]: 3 } });
    expect(await votesOf(roadmapId)).toEqual([{ voter: 'Anna', optionId: c, dots: 3 }]);
    await goalBallot.setVoter.perform(roadmapId, {
      voter: 'Anna B.',
      previousVoter: 'Anna',
      dots: { [c]: 1, [a]: 1 },
    });
    expect(await votesOf(roadmapId)).toEqual(
      sorted([
        { voter: 'Anna B.', optionId: a, dots: 1 },
        { voter: 'Anna B.', optionId: c, dots: 1 },
      ]),
    );
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toEqual([{ voter: 'Anna', optionId: c, dots: 3 }]);
    await goalBallot.removeVoter.perform(roadmapId, 'Anna');
    expect(await votesOf(roadmapId)).toEqual([]);
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toHaveLength(1);
  });

  it('refuses a voter without a name and writes nothing', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    await expect(
      goalBallot.setVoter.perform(roadmapId, { voter: '   ', dots: { [goals[0]!.id]: 1 } }),
    ).rejects.toThrow();
    expect(await votesOf(roadmapId)).toEqual([]);
  });

  it('takes the dots on a deleted goal or channel with it, and Undo brings them back', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    const [a, b] = goals.map((goal) => goal.id) as [string, string];
    await goalBallot.setVoter.perform(roadmapId, { voter: 'Anna', dots: { [a]: 2, [b]: 1 } });
    await deleteGoalWrite.perform(roadmapId, a);
    expect(await votesOf(roadmapId)).toEqual([{ voter: 'Anna', optionId: b, dots: 1 }]);
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toHaveLength(2);

    const [channel] = await db.channels.where('roadmapId').equals(roadmapId).toArray();
    await channelBallot.tally.perform(roadmapId, {
      optionId: channel!.id,
      optionLabel: 'Phone',
      dots: 1,
    });
    await removeChannelWrite.perform(roadmapId, channel!.id);
    expect(await db.channelVotes.where('roadmapId').equals(roadmapId).count()).toBe(0);
  });

  it('clears a vote in one step and carries the votes through export and import', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    await goalBallot.setVoter.perform(roadmapId, { voter: 'Anna', dots: { [goals[0]!.id]: 3 } });
    await goalBallot.tally.perform(roadmapId, {
      optionId: goals[2]!.id,
      optionLabel: 'Goal 3',
      dots: 1,
    });
    const exported = await exportRoadmap(roadmapId);
    expect(exported.rows.goalVotes).toHaveLength(2);
    const copy = await importRoadmapFile(exported);
    const copiedGoals = await db.goals.where('roadmapId').equals(copy.id).sortBy('position');
    expect(await votesOf(copy.id)).toEqual(
      sorted([
        { voter: '', optionId: copiedGoals[2]!.id, dots: 1 },
        { voter: 'Anna', optionId: copiedGoals[0]!.id, dots: 3 },
      ]),
    );

    await goalBallot.clear.perform(roadmapId, undefined);
    expect(await votesOf(roadmapId)).toEqual([]);
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toHaveLength(2);
  });
});

describe('a live room’s dots', () => {
  it('keeps every person of the room as a voter in one undo step, and keeping it again adds nobody twice', async () => {
    const { roadmapId, goals } = await roadmapWithGoals();
    const [a, b] = goals.map((goal) => goal.id) as [string, string];
    const room = {
      code: 'K7QMX',
      people: [
        { voter: 'Marta', dots: { [a]: 2, [b]: 1 } },
        { voter: 'Piero', dots: { [b]: 3 } },
      ],
    };
    expect(await goalBallot.addRoom.perform(roadmapId, room)).toBe(2);
    const kept = sorted([
      { voter: 'Marta', optionId: a, dots: 2 },
      { voter: 'Marta', optionId: b, dots: 1 },
      { voter: 'Piero', optionId: b, dots: 3 },
    ]);
    expect(await votesOf(roadmapId)).toEqual(kept);
    await goalBallot.addRoom.perform(roadmapId, room);
    expect(await votesOf(roadmapId)).toEqual(kept);
    await undo(roadmapId);
    await undo(roadmapId);
    expect(await votesOf(roadmapId)).toEqual([]);
  });
});
