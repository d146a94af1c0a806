import type { Table } from 'dexie';
import { db } from '../../../db/database';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import {
  dotVoteSchema,
  maxDotsPerRow,
  roomTally,
  voterKey,
  type DotVote,
} from '../../../core/dot-votes';

/** A stage table that holds dot-votes: stage 2's on goals, stage 3's on channels. */
export type DotVoteTable = 'goalVotes' | 'channelVotes';

const tableOf = (name: DotVoteTable) => db.table(name) as Table<DotVote, string>;

/** The votes of one roadmap in one table. */
export function getVotes(table: DotVoteTable, roadmapId: string): Promise<DotVote[]> {
  return tableOf(table).where('roadmapId').equals(roadmapId).toArray();
}

async function knownVoters(table: DotVoteTable, roadmapId: string): Promise<string[]> {
  const votes = await getVotes(table, roadmapId);
  return [...new Set(votes.map((vote) => vote.voter))].filter((voter) => voter !== roomTally);
}

/**
 * Sets one voter's dots on one option: 0 removes the row. Writes the row validated, keeps its id
 * and creation time when it exists. Returns the dots stored.
 */
async function putDots(
  table: DotVoteTable,
  roadmapId: string,
  voter: string,
  optionId: string,
  dots: number,
): Promise<number> {
  const rows = tableOf(table);
  const existing = (await rows.where('optionId').equals(optionId).toArray()).find(
    (vote) => vote.voter === voter && vote.roadmapId === roadmapId,
  );
  const bounded = Math.min(maxDotsPerRow, Math.max(0, Math.round(dots)));
  if (bounded === 0) {
    if (existing) await rows.delete(existing.id);
    return 0;
  }
  const now = nowIso();
  const vote = dotVoteSchema.parse({
    id: existing?.id ?? newId(),
    roadmapId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    voter,
    optionId,
    dots: bounded,
  });
  await rows.put(vote);
  return bounded;
}

/** Adds (or with a negative `change`, takes back) dots of the room's tally on one option. */
export async function changeTally(
  table: DotVoteTable,
  roadmapId: string,
  optionId: string,
  change: number,
): Promise<number> {
  const current = (await getVotes(table, roadmapId)).find(
    (vote) => vote.voter === roomTally && vote.optionId === optionId,
  );
  return putDots(table, roadmapId, roomTally, optionId, (current?.dots ?? 0) + change);
}

/**
 * Replaces one person's dots: every option they had and did not keep loses its row. The name is
 * matched to a voter already there regardless of case and spacing. `previousVoter` renames them.
 * Returns the name stored.
 */
export async function setVoterDots(
  table: DotVoteTable,
  roadmapId: string,
  input: { voter: string; dots: Record<string, number>; previousVoter?: string },
): Promise<string> {
  const known = await knownVoters(table, roadmapId);
  const previous =
    input.previousVoter === undefined ? undefined : voterKey(input.previousVoter, known);
  const others = known.filter((name) => name !== previous);
  const voter = voterKey(input.voter, others);
  if (voter === roomTally) throw new Error('A voter needs a name');
  const kept = (vote: DotVote) => vote.voter === voter && vote.optionId in input.dots;
  const gone = (await getVotes(table, roadmapId)).filter(
    (vote) => (vote.voter === voter || vote.voter === previous) && !kept(vote),
  );
  await tableOf(table).bulkDelete(gone.map((vote) => vote.id));
  for (const [optionId, dots] of Object.entries(input.dots)) {
    await putDots(table, roadmapId, voter, optionId, dots);
  }
  return voter;
}

/** Takes one person and all their dots out of the vote. */
export async function removeVoter(
  table: DotVoteTable,
  roadmapId: string,
  voter: string,
): Promise<void> {
  const votes = await getVotes(table, roadmapId);
  await tableOf(table).bulkDelete(
    votes.filter((vote) => vote.voter === voter).map((vote) => vote.id),
  );
}

/** Takes every vote of the roadmap in one table away (a new round of voting). */
export async function clearVotes(table: DotVoteTable, roadmapId: string): Promise<void> {
  const votes = await getVotes(table, roadmapId);
  await tableOf(table).bulkDelete(votes.map((vote) => vote.id));
}
