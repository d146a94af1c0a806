import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../core/query-keys';
import { refreshStageProgress } from '../../../core/stage-progress';
import { defineWrite, useWrite, type WriteOperation } from '../../../core/write/define-write';
import type { DotVote } from '../../../core/dot-votes';
import type { DotVoteTable } from './dot-votes-repository';
import { loadOnce } from '../../../core/stage-descriptor';

const repository = loadOnce(() => import('./dot-votes-repository'));

export interface TallyCount {
  optionId: string;
  /** The option's name, for Undo's label. */
  optionLabel: string;
  /** The room's dots on it now: a count, so a replayed edit never adds a dot twice. */
  dots: number;
}

export interface VoterEdit {
  voter: string;
  /** Dots by option id; an option left out has none. */
  dots: Record<string, number>;
  /** The name the person had, when it is being changed. */
  previousVoter?: string;
}

/** The people of a live room with the dots their phones gave, kept as voters. */
export interface RoomVoters {
  code: string;
  people: { voter: string; dots: Record<string, number> }[];
}

/** One stage's dot-vote: where its votes are read from and how they are written. */
export interface DotVoteBallot {
  stage: 'goals' | 'channels';
  list: (roadmapId: string) => ReturnType<typeof votesQuery>;
  tally: WriteOperation<TallyCount, number>;
  setVoter: WriteOperation<VoterEdit, string>;
  removeVoter: WriteOperation<string, string>;
  clear: WriteOperation<undefined, void>;
  addRoom: WriteOperation<RoomVoters, number>;
}

const votesQuery = (table: DotVoteTable, roadmapId: string) =>
  queryOptions({
    // Under the roadmap's rows, so every write and another tab's change refresh it.
    queryKey: queryKeys.stage(roadmapId, table),
    queryFn: async (): Promise<DotVote[]> => (await repository()).getVotes(table, roadmapId),
  });

/**
 * Declares a stage's dot-vote writes (`<stage>.votes.<op>`), each one undo step. Called once by
 * the stage's queries module, which is the stage's `writes` entry, so a reload can replay them.
 */
export function defineDotVotes(stage: DotVoteBallot['stage'], table: DotVoteTable): DotVoteBallot {
  const load = repository;
  // The roadmap counts as changed now (the library's order), as after any other edit.
  const touched = async <T>(roadmapId: string, result: T) => {
    await refreshStageProgress(roadmapId, stage);
    return result;
  };
  return {
    stage,
    list: (roadmapId) => votesQuery(table, roadmapId),
    tally: defineWrite({
      name: `${stage}.votes.tally`,
      load,
      write: async (repo, roadmapId, { optionId, dots }: TallyCount) =>
        touched(roadmapId, await repo.setTally(table, roadmapId, optionId, dots)),
      label: ({ optionLabel }) => ({ action: 'vote', stage, name: optionLabel }),
    }),
    setVoter: defineWrite({
      name: `${stage}.votes.setVoter`,
      load,
      write: async (repo, roadmapId, edit: VoterEdit) =>
        touched(roadmapId, await repo.setVoterDots(table, roadmapId, edit)),
      label: (_edit, voter) => ({ action: 'vote', stage, name: voter }),
    }),
    removeVoter: defineWrite({
      name: `${stage}.votes.removeVoter`,
      load,
      write: async (repo, roadmapId, voter: string) => {
        await repo.removeVoter(table, roadmapId, voter);
        return touched(roadmapId, voter);
      },
      label: (voter) => ({ action: 'remove', stage, name: voter }),
    }),
    clear: defineWrite({
      name: `${stage}.votes.clear`,
      load,
      write: async (repo, roadmapId) => {
        await repo.clearVotes(table, roadmapId);
        await touched(roadmapId, undefined);
      },
      label: () => ({ action: 'vote', stage }),
    }),
    // A live room's people, each a voter with their dots, as one undo step. A person is known by
    // name, as when recorded by hand: keeping the room again replaces their dots.
    addRoom: defineWrite({
      name: `${stage}.votes.addRoom`,
      load,
      write: async (repo, roadmapId, { people }: RoomVoters) => {
        for (const person of people) await repo.setVoterDots(table, roadmapId, person);
        return touched(roadmapId, people.length);
      },
      label: ({ code }) => ({ action: 'room', stage, name: code }),
    }),
  };
}

/** The writes of a ballot, ready for a component; the tally's rows save themselves. */
export function useBallotWrites(ballot: DotVoteBallot, roadmapId: string) {
  return {
    setVoter: useWrite(ballot.setVoter, roadmapId),
    removeVoter: useWrite(ballot.removeVoter, roadmapId),
    clear: useWrite(ballot.clear, roadmapId),
    addRoom: useWrite(ballot.addRoom, roadmapId),
  };
}
