import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/numbers';
import type { VoteOption } from '../../../core/dot-votes';

export interface DotVoteTallyProps {
  options: readonly VoteOption[];
  /** The room's counted dots by option id. */
  tally: Readonly<Record<string, number>>;
  onChange: (option: VoteOption, change: 1 | -1) => void;
}

/** Number keys 1-9 (the digits row or the keypad), read from the key's position. */
function digitOf(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

/**
 * The facilitator counts the dots on the wall, option by option: a button adds one, another takes
 * one back, and with the focus anywhere in the list the option's number key does the same (Shift
 * with the number takes back), so a room's vote is typed in as fast as it is counted.
 */
export function DotVoteTally({ options, tally, onChange }: DotVoteTallyProps) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = digitOf(event);
    const option = digit === null ? undefined : options[digit - 1];
    if (!option) return;
    event.preventDefault();
    // Keys may come faster than the count on screen: taking back below zero stores nothing.
    onChange(option, event.shiftKey ? -1 : 1);
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
        {options.map((option, index) => {
          const dots = tally[option.id] ?? 0;
          return (
            <li key={option.id}>
              <kbd aria-hidden="true">{index < 9 ? index + 1 : ''}</kbd>
              <span className="workshop-dots-label">{option.label}</span>
              <button
                type="button"
                className="button workshop-dots-step"
                aria-label={t('workshop.dots.removeDot', { option: option.label })}
                // Stays focusable at zero, so the keys keep working from it.
                aria-disabled={dots === 0}
                onClick={() => {
                  if (dots > 0) onChange(option, -1);
                }}
              >
                −
              </button>
              <output
                className="workshop-dots-tally-count"
                aria-label={t('workshop.dots.tallyCount', { option: option.label })}
              >
                {formatNumber(dots, i18n.language)}
              </output>
              <button
                type="button"
                className="button workshop-dots-step"
                aria-label={t('workshop.dots.addDot', { option: option.label })}
                onClick={() => onChange(option, 1)}
              >
                +
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
