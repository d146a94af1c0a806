import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import type { OptionResult } from '../../../core/dot-votes';

export interface DotVoteResultsProps {
  results: readonly OptionResult[];
}

/**
 * The vote as a bar chart, most dots first, each bar with its number: plain HTML, so it is crisp
 * on a projector, reads in a screen reader as a list and prints as it shows.
 */
export function DotVoteResults({ results }: DotVoteResultsProps) {
  const { t, i18n } = useTranslation();
  const most = Math.max(1, ...results.map((result) => result.dots));
  return (
    <ol className="workshop-dots-results" aria-label={t('workshop.dots.results')}>
      {results.map(({ option, dots }) => {
        const leads = dots > 0 && dots === results[0]?.dots;
        // Ties share a place: 1, 1, 3.
        const place = 1 + results.filter((other) => other.dots > dots).length;
        return (
          <li key={option.id} className={leads ? 'workshop-dots-lead' : undefined}>
            <span className="workshop-dots-rank" aria-hidden="true">
              {formatNumber(place, i18n.language)}
            </span>
            <span className="workshop-dots-label">{option.label}</span>
            <span className="workshop-dots-track" aria-hidden="true">
              <span className="workshop-dots-bar" style={{ width: `${(dots / most) * 100}%` }} />
            </span>
            <span className="workshop-dots-count">
              {t('workshop.dots.dotCount', { count: dots })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
