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

/** The named voters among a roadmap's votes (the room's tally is not a person). */
const namedVoters = (votes: readonly DotVote[]) =>
  [...new Set(votes.map((vote) => vote.voter))].filter((voter) => voter !== roomTally);

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
  // One row per option and voter: the unique index finds it.
  const found = await rows.where('[optionId+voter]').equals([optionId, voter]).first();
  const existing = found?.roadmapId === roadmapId ? found : undefined;
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

/**
 * Sets the room's tally on one option to `dots` (0 removes it). The count itself, not a change to
 * it: an edit replayed after a reload stores the same count again, never one dot too many.
 */
export function setTally(
  table: DotVoteTable,
  roadmapId: string,
  optionId: string,
  dots: number,
): Promise<number> {
  return putDots(table, roadmapId, roomTally, optionId, dots);
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
  const votes = await getVotes(table, roadmapId);
  const known = namedVoters(votes);
  const previous =
    input.previousVoter === undefined ? undefined : voterKey(input.previousVoter, known);
  const others = known.filter((name) => name !== previous);
  const voter = voterKey(input.voter, others);
  if (voter === roomTally) throw new Error('A voter needs a name');
  const kept = (vote: DotVote) => vote.voter === voter && vote.optionId in input.dots;
  const gone = votes.filter(
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
