import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { formatNumber } from '../../../core/numbers';
import type { VoteOption } from '../../../core/dot-votes';
import type { DotVoteBallot } from '../api/dot-votes';

export interface DotVoteTallyProps {
  roadmapId: string;
  ballot: DotVoteBallot;
  options: readonly VoteOption[];
  /** The room's counted dots by option id, as stored. */
  tally: Readonly<Record<string, number>>;
}

type Step = 1 | -1;

/** Number keys 1-9 (the digits row or the keypad), read from the key's position. */
function digitOf(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

interface TallyRowProps {
  roadmapId: string;
  ballot: DotVoteBallot;
  option: VoteOption;
  index: number;
  stored: number;
  /** Where the row leaves its step function, so the group's number keys reach it. */
  steps: Map<string, (step: Step) => void>;
}

/**
 * One option's count, saving itself like any field: shown at once, kept as a draft until stored
 * (a reload or a closed tab right after a dot loses nothing), one write at a time, retried when
 * storage fails. What it stores is the count, so a replayed draft never adds a dot twice.
 */
function TallyRow({ roadmapId, ballot, option, index, stored, steps }: TallyRowProps) {
  const { t, i18n } = useTranslation();
  const save = useAutosaveTo(
    saveTarget(ballot.tally, roadmapId, `dots.${ballot.stage}.${option.id}`, (dots: number) => ({
      optionId: option.id,
      optionLabel: option.label,
      dots,
    })),
    0,
  );
  // While a count is on its way (or failed and waits to be retried) the row shows it; otherwise
  // the stored count, which follows another tab and Undo.
  const [pending, setPending] = useState(stored);
  const latest = useRef(stored);
  const { isBusy, schedule } = save;
  const dots = save.state === 'saving' || save.state === 'failed' ? pending : stored;
  const step = useCallback(
    (change: Step) => {
      // Keys may come faster than the page draws: count on from the last one pressed.
      const base = isBusy() ? latest.current : stored;
      const next = Math.max(0, base + change);
      if (next === base) return;
      latest.current = next;
      setPending(next);
      schedule(next);
    },
    [isBusy, schedule, stored],
  );
  useEffect(() => {
    steps.set(option.id, step);
    return () => {
      steps.delete(option.id);
    };
  }, [steps, option.id, step]);
  return (
    <li>
      <kbd aria-hidden="true">{index < 9 ? index + 1 : ''}</kbd>
      <span className="workshop-dots-label">{option.label}</span>
      <button
        type="button"
        className="button workshop-dots-step"
        aria-label={t('workshop.dots.removeDot', { option: option.label })}
        // Stays focusable at zero, so the keys keep working from it.
        aria-disabled={dots === 0}
        onClick={() => step(-1)}
      >
        −
      </button>
      <output
        className="workshop-dots-tally-count"
        aria-label={t('workshop.dots.tallyCount', { option: option.label })}
        aria-invalid={save.state === 'failed' || undefined}
      >
        {formatNumber(dots, i18n.language)}
      </output>
      <button
        type="button"
        className="button workshop-dots-step"
        aria-label={t('workshop.dots.addDot', { option: option.label })}
        onClick={() => step(1)}
      >
        +
      </button>
    </li>
  );
}

/**
 * The facilitator counts the dots on the wall, option by option: a button adds one, another takes
 * one back, and with the focus anywhere in the list the option's number key does the same (Shift
 * with the number takes back), so a room's vote is typed in as fast as it is counted.
 */
export function DotVoteTally({ roadmapId, ballot, options, tally }: DotVoteTallyProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [steps] = useState(() => new Map<string, (step: Step) => void>());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = digitOf(event);
    const option = digit === null ? undefined : options[digit - 1];
    if (!option) return;
    event.preventDefault();
    steps.get(option.id)?.(event.shiftKey ? -1 : 1);
  };
  return (
    // The keys come from the buttons inside, which hold the focus; the group only listens.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="workshop-dots-tally"
      role="group"
      aria-label={t('workshop.dots.tallyTitle')}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
    >
      <p id={hintId} className="workshop-dots-hint">
        {t('workshop.dots.tallyHint')}
      </p>
      <ol>
        {options.map((option, index) => (
          <TallyRow
            key={option.id}
            roadmapId={roadmapId}
            ballot={ballot}
            option={option}
            index={index}
            stored={tally[option.id] ?? 0}
            steps={steps}
          />
        ))}
      </ol>
    </div>
  );
}
