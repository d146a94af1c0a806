import type { Problem } from '../../lib/describe-issue';
import { useProblemText } from './use-problem-text';

interface ProblemAlertProps {
  title: string;
  problems: readonly Problem[];
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** Problems with a file or a save, announced at once and shown as plain text. */
export function ProblemAlert({ title, problems, onDismiss, dismissLabel }: ProblemAlertProps) {
  const problemText = useProblemText();
  return (
    <div role="alert" className="problem-alert">
      <p className="problem-alert-title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problemText(problem)}</li>
        ))}
      </ul>
      {onDismiss ? (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      ) : null}
    </div>
  );
}
