import { z } from 'zod';
import { idSchema, roadmapRowShape, textSchema } from '../lib/schema-primitives';

/** Dots a person gets when nobody chose otherwise, as the method suggests. */
export const defaultDotsPerPerson = 3;
export const maxDotsPerPerson = 10;
/** The most dots one row can hold: the room's tally of one option (100 people, 10 dots each). */
export const maxDotsPerRow = 1000;
export const maxVoterNameLength = 80;
/** Rows a roadmap's votes of one kind may hold: 100 voters spreading 10 dots over 20 options. */
export const maxDotVoteRows = 2000;

/**
 * The voter of the dots the facilitator counted for the whole room (hands raised, dots on a
 * wall), as opposed to the dots of one named person.
 */
export const roomTally = '';

/**
 * One voter's dots on one option (a goal in stage 2, a channel in stage 3). One row per voter and
 * option, never zero: a voter who takes back their last dot on an option leaves no row. The live
 * room fills the same rows from the participants' phones.
 */
export const dotVoteSchema = z.strictObject({
  ...roadmapRowShape,
  /** The person, by the name the room knows them by; empty for the room's tally. */
  voter: textSchema(maxVoterNameLength),
  /** The goal or the channel voted for. */
  optionId: idSchema,
  dots: z.number().int().min(1).max(maxDotsPerRow),
});
export type DotVote = z.infer<typeof dotVoteSchema>;

export interface VoteOption {
  id: string;
  label: string;
}

export interface OptionResult {
  option: VoteOption;
  dots: number;
  /** Named people who put at least one dot on it (the room's tally is not a person). */
  voters: number;
}

/** Every option with its dots, most dots first; ties keep the options' own order. */
export function voteResults(
  options: readonly VoteOption[],
  votes: readonly DotVote[],
): OptionResult[] {
  const dots = new Map<string, number>();
  const voters = new Map<string, number>();
  for (const vote of votes) {
    dots.set(vote.optionId, (dots.get(vote.optionId) ?? 0) + vote.dots);
    if (vote.voter !== roomTally) voters.set(vote.optionId, (voters.get(vote.optionId) ?? 0) + 1);
  }
  return options
    .map((option, index) => ({
      index,
      option,
      dots: dots.get(option.id) ?? 0,
      voters: voters.get(option.id) ?? 0,
    }))
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map(({ option, dots: count, voters: people }) => ({ option, dots: count, voters: people }));
}

export interface VoterDots {
  voter: string;
  /** Dots by option id, only options with dots. */
  dots: Record<string, number>;
  total: number;
}

/** The named voters with their dots, in the order they first voted; the room's tally is left out. */
export function votersOf(votes: readonly DotVote[]): VoterDots[] {
  const byVoter = new Map<string, VoterDots>();
  const ordered = [...votes].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const vote of ordered) {
    if (vote.voter === roomTally) continue;
    const entry = byVoter.get(vote.voter) ?? { voter: vote.voter, dots: {}, total: 0 };
    entry.dots[vote.optionId] = vote.dots;
    entry.total += vote.dots;
    byVoter.set(vote.voter, entry);
  }
  return [...byVoter.values()];
}

/** The room tally's dots by option id. */
export function tallyOf(votes: readonly DotVote[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const vote of votes) if (vote.voter === roomTally) tally[vote.optionId] = vote.dots;
  return tally;
}

/** All the dots cast, and by how many named people (the tally counts as none). */
export function voteTotals(votes: readonly DotVote[]): { dots: number; people: number } {
  const people = new Set<string>();
  let dots = 0;
  for (const vote of votes) {
    dots += vote.dots;
    if (vote.voter !== roomTally) people.add(vote.voter.toLocaleLowerCase());
  }
  return { dots, people: people.size };
}

/**
 * The name a voter is stored under: trimmed, with inner runs of spaces made one, and spelled as
 * the same person was first written ("anna" joins "Anna"), so one person is never two voters.
 */
export function voterKey(name: string, known: readonly string[]): string {
  const cleaned = name.trim().replace(/\s+/g, ' ');
  const lower = cleaned.toLocaleLowerCase();
  return known.find((other) => other.toLocaleLowerCase() === lower) ?? cleaned;
}

/**
 * A file's votes point at options of the same file, and one person votes once per option (the
 * room's tally too). Reports at the row and field, as every file check does.
 */
export function checkDotVotes(
  table: string,
  votes: readonly DotVote[],
  optionIds: ReadonlySet<string>,
  report: (message: string, path: (string | number)[]) => void,
): void {
  const seen = new Set<string>();
  votes.forEach((vote, index) => {
    if (!optionIds.has(vote.optionId))
      report('validation.unknownReference', [table, index, 'optionId']);
    const cell = `${vote.optionId}\u0000${vote.voter.toLocaleLowerCase()}`;
    if (seen.has(cell)) report('validation.duplicateVote', [table, index, 'voter']);
    seen.add(cell);
  });
}
