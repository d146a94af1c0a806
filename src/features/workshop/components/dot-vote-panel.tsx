import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Dialog } from '../../../components/ui/dialog';
import { useUndoableRemove } from '../../../core/kit/use-undoable-remove';
import { storeJournaled } from '../../../core/write/drafts';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { describeStorageError } from '../../../lib/storage-errors';
import { useStableCallback } from '../../../components/ui/use-stable-callback';
import { LiveRoom, type RoomPerson, type RoomSetup } from '../../live-room';
import { useDotBudget } from '../api/dot-budget';
import { useBallotWrites, type DotVoteBallot } from '../api/dot-votes';
import {
  maxDotsPerPerson,
  tallyOf,
  voteResults,
  votersOf,
  voteTotals,
  type DotVote,
  type VoteOption,
  type VoterDots,
} from '../../../core/dot-votes';
import { DotVoteResults } from './dot-vote-results';
import { DotVoteTally } from './dot-vote-tally';
import { DotVoteVoterForm } from './dot-vote-voter-form';
import './dot-votes.css';

export interface DotVotePanelProps {
  roadmapId: string;
  ballot: DotVoteBallot;
  options: readonly VoteOption[];
}

/**
 * A stage's dot-vote: the result as a sorted bar chart (the room's result: covered in presenting
 * mode until revealed), and behind a fold the two ways to record it, the room's count per option
 * and one person at a time.
 */
export function DotVotePanel({ roadmapId, ballot, options }: DotVotePanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const problemText = useProblemText();
  const titleId = useId();
  const { data: votes = [], isSuccess, isPending } = useQuery(ballot.list(roadmapId));
  const writes = useBallotWrites(ballot, roadmapId);
  const [budget, setBudget] = useDotBudget(roadmapId, ballot.stage);
  const [editing, setEditing] = useState<VoterDots | undefined>();
  const [isClearing, setClearing] = useState(false);
  // The recording tools open by themselves while nothing is recorded, and stay open for the
  // first dots counted in them; once the user opens or closes them, they stay as left.
  const [isRecordOpen, setRecordOpen] = useState<boolean | null>(null);
  const [isEmptyWhenRead, setEmptyWhenRead] = useState<boolean | null>(null);
  const removeWithUndo = useUndoableRemove(roadmapId);

  // Votes on an option that is no longer offered (a channel now in use) are not counted.
  const offered = useMemo(() => new Set(options.map((option) => option.id)), [options]);
  // A live room's dots join the results once revealed, as they arrive.
  const [roomPeople, setRoomPeople] = useState<readonly RoomPerson[] | null>(null);
  const stored = useMemo(
    () => votes.filter((vote) => offered.has(vote.optionId)),
    [votes, offered],
  );
  const counted = useMemo(
    () => (roomPeople ? [...stored, ...roomVoteRows(roadmapId, roomPeople)] : stored),
    [stored, roadmapId, roomPeople],
  );
  const results = useMemo(() => voteResults(options, counted), [options, counted]);
  const voters = useMemo(() => votersOf(stored), [stored]);
  const totals = voteTotals(counted);
  if (isEmptyWhenRead === null && isSuccess) setEmptyWhenRead(totals.dots === 0);
  const recordOpen = isRecordOpen ?? (isEmptyWhenRead === true || (isSuccess && totals.dots === 0));
  const report = (error: unknown) =>
    toast({ tone: 'error', message: problemText(describeStorageError(error)) });

  const dots = t('workshop.dots.dotCount', { count: totals.dots });
  const hasTally = counted.some((vote) => vote.voter === '');
  const summary =
    totals.people === 0
      ? t('workshop.dots.fromRoom', { dots })
      : hasTally
        ? t('workshop.dots.fromPeopleAndRoom', { dots, count: totals.people })
        : t('workshop.dots.fromPeople', { dots, count: totals.people });
  const title = t(
    ballot.stage === 'goals' ? 'workshop.dots.goalsTitle' : 'workshop.dots.channelsTitle',
  );

  const roomSetup = useMemo(
    (): RoomSetup | null =>
      options.length === 0
        ? null
        : { kind: 'dots', options: options.map(({ id, label }) => ({ id, label })), budget },
    [options, budget],
  );
  const keepRoom = useStableCallback(
    ({ code, people }: { code: string; people: readonly RoomPerson[] }) =>
      writes.addRoom.mutateAsync({
        code,
        people: people.map((person) => ({
          voter: person.nickname,
          dots: Object.fromEntries(
            person.answers.dots.map((entry) => [entry.optionId, entry.dots]),
          ),
        })),
      }),
  );

  if (options.length === 0) {
    return (
      <section className="workshop-dots" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p className="workshop-dots-empty">
          {t(ballot.stage === 'goals' ? 'workshop.dots.noGoals' : 'workshop.dots.noChannels')}
        </p>
      </section>
    );
  }

  return (
    <div className="workshop-dots-frame">
      <LiveRoom
        roadmapId={roadmapId}
        target={ballot.stage}
        title={title}
        setup={roomSetup}
        onLive={setRoomPeople}
        keep={keepRoom}
      />
      <section
        className="workshop-dots"
        aria-labelledby={titleId}
        data-stage-result=""
        data-room-results=""
      >
        <h2 id={titleId}>{title}</h2>
        <div className="workshop-dots-outcome">
          {/* Until the votes are read, neither "no dots yet" nor a count: both could be wrong. */}
          {isPending && !roomPeople ? (
            <p className="workshop-dots-empty" aria-busy="true">
              {'\u00a0'}
            </p>
          ) : totals.dots > 0 ? (
            <>
              <p className="workshop-dots-summary">{summary}</p>
              <DotVoteResults results={results} />
            </>
          ) : (
            <p className="workshop-dots-empty">{t('workshop.dots.none', { count: budget })}</p>
          )}
        </div>
        <details
          className="workshop-dots-record"
          open={recordOpen}
          onToggle={(event) => {
            // The browser also tells when the page opened it: only the user's change is kept,
            // which spares the whole panel a second render as the stage opens.
            if (event.currentTarget.open !== recordOpen) setRecordOpen(event.currentTarget.open);
          }}
        >
          <summary>{t('workshop.dots.record')}</summary>
          {/* Drawn only while open: a hundred goals make a long form. */}
          {recordOpen ? (
            <>
              <div className="field workshop-dots-budget">
                <label htmlFor={`${titleId}-budget`}>{t('workshop.dots.budget')}</label>
                <input
                  id={`${titleId}-budget`}
                  type="number"
                  min={1}
                  max={maxDotsPerPerson}
                  value={budget}
                  onChange={(event) => {
                    if (event.target.value !== '') setBudget(Number(event.target.value));
                  }}
                />
              </div>
              <div className="workshop-dots-ways">
                <div>
                  <h3>{t('workshop.dots.tallyTitle')}</h3>
                  <DotVoteTally
                    roadmapId={roadmapId}
                    ballot={ballot}
                    options={options}
                    tally={tallyOf(stored)}
                  />
                </div>
                <div>
                  <h3>{t('workshop.dots.personTitle')}</h3>
                  <DotVoteVoterForm
                    key={editing?.voter ?? ''}
                    options={options}
                    budget={budget}
                    editing={editing}
                    onCancel={() => setEditing(undefined)}
                    onSave={async (voter, given) => {
                      const edit = { voter, dots: given, previousVoter: editing?.voter };
                      // Kept as a draft until stored, so a reload right after Enter loses nothing;
                      // storing a person's dots again is harmless (they are replaced, not added).
                      try {
                        const saved = await storeJournaled(
                          {
                            id: `dots.${ballot.stage}.voter.${voter.trim().toLocaleLowerCase()}`,
                            operation: ballot.setVoter.name,
                            roadmapId,
                            args: edit,
                          },
                          () => writes.setVoter.mutateAsync(edit),
                        );
                        setEditing(undefined);
                        toast({ tone: 'info', message: t('workshop.dots.saved', { name: saved }) });
                      } catch (error) {
                        report(error);
                        throw error;
                      }
                    }}
                  />
                  {voters.length > 0 ? (
                    <>
                      <h4>{t('workshop.dots.votersTitle')}</h4>
                      <ul className="workshop-dots-voters">
                        {voters.map((voter) => (
                          <li key={voter.voter}>
                            <span>
                              {t('workshop.dots.voterDots', {
                                name: voter.voter,
                                dots: t('workshop.dots.dotCount', { count: voter.total }),
                              })}
                            </span>
                            <button
                              type="button"
                              className="button button-quiet"
                              aria-label={t('workshop.dots.editVoter', { name: voter.voter })}
                              onClick={() => setEditing(voter)}
                            >
                              {t('workshop.dots.edit')}
                            </button>
                            <button
                              type="button"
                              className="button button-quiet"
                              onClick={() =>
                                void removeWithUndo(
                                  () => writes.removeVoter.mutateAsync(voter.voter),
                                  {
                                    removed: t('workshop.dots.removed', { name: voter.voter }),
                                    restored: t('workshop.dots.restored', { name: voter.voter }),
                                  },
                                )
                              }
                              aria-label={t('workshop.dots.removeVoter', { name: voter.voter })}
                            >
                              {t('workshop.dots.remove')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              </div>
              {totals.dots > 0 ? (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => setClearing(true)}
                >
                  {t('workshop.dots.clear')}
                </button>
              ) : null}
            </>
          ) : null}
        </details>
        <Dialog
          open={isClearing}
          title={t('workshop.dots.clearTitle')}
          onClose={() => setClearing(false)}
        >
          <p>{t('workshop.dots.clearBody', { count: totals.dots })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                setClearing(false);
                writes.clear.mutate(undefined, { onError: report });
              }}
            >
              {t('workshop.dots.clearConfirm')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setClearing(false)}
            >
              {t('workshop.dots.cancelEdit')}
            </button>
          </div>
        </Dialog>
      </section>
    </div>
  );
}

/** A live room's revealed dots as vote rows of their own, for the results only. */
function roomVoteRows(roadmapId: string, people: readonly RoomPerson[] | null): DotVote[] {
  if (!people) return [];
  return people.flatMap((person) =>
    person.answers.dots.map((entry) => ({
      id: `room-${person.key}-${entry.optionId}`,
      roadmapId,
      voter: `room-${person.key}`,
      optionId: entry.optionId,
      dots: entry.dots,
      createdAt: '',
      updatedAt: '',
    })),
  );
}
