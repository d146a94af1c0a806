import { useTranslation } from 'react-i18next';
import type { Kpi } from '../model/kpi';
import { kpiWarnings } from '../model/kpi-warnings';

export interface KpiWarningsPanelProps {
  goals: readonly { id: string; title: string }[];
  kpis: readonly Kpi[];
  onOpen: (kpiId: string) => void;
  onAddFor: (goal: { id: string; title: string }) => void;
}

/** The stage's checks, each with the button that fixes it. */
export function KpiWarningsPanel({ goals, kpis, onOpen, onAddFor }: KpiWarningsPanelProps) {
  const { t } = useTranslation();
  const warnings = kpiWarnings(goals, kpis);
  const items = [
    ...warnings.goalsWithoutKpi.map((goal) => ({
      key: `goal-${goal.id}`,
      text: t('kpis.warnings.goalWithoutKpi', { title: goal.title }),
      action: t('kpis.warnings.addFor'),
      onAction: () => onAddFor(goal),
    })),
    ...warnings.kpisWithoutGoal.map((kpi) => ({
      key: `goal-of-${kpi.id}`,
      text: t('kpis.warnings.kpiWithoutGoal', { name: kpi.name }),
      action: t('kpis.warnings.open', { name: kpi.name }),
      onAction: () => onOpen(kpi.id),
    })),
    ...warnings.kpisWithoutBaseline.map((kpi) => ({
      key: `baseline-of-${kpi.id}`,
      text: t('kpis.warnings.kpiWithoutBaseline', { name: kpi.name }),
      action: t('kpis.warnings.open', { name: kpi.name }),
      onAction: () => onOpen(kpi.id),
    })),
  ];
  return (
    <div className="warning-list" role="status">
      {items.map((item) => (
        <div key={item.key} className="warning-item">
          <p>
            <span aria-hidden="true" className="warning-mark">
              !
            </span>{' '}
            {item.text}
          </p>
          <div className="warning-actions">
            <button type="button" className="button button-small" onClick={item.onAction}>
              {item.action}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
