import type { KpiStatus } from '../model/kpi-status';

/** A shape per status, so it reads without colour too (print, colour blindness). */
const marks: Record<KpiStatus, string> = {
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  overdue: '…',
  'no-data': '–',
  'no-target': '?',
};

export interface KpiStatusBadgeProps {
  status: KpiStatus;
  /** The status in words, in the UI language. */
  label: string;
}

/** The status in words, colour and a mark. */
export function KpiStatusBadge({ status, label }: KpiStatusBadgeProps) {
  return (
    <span className={`kpi-status kpi-status-${status}`}>
      <span className="kpi-status-mark" aria-hidden="true">
        {marks[status]}
      </span>
      {label}
    </span>
  );
}
