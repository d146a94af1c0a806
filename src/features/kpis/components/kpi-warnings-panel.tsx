import { useTranslation } from '../../../components/ui/translation';
import { WarningList } from '../../../components/ui/warning-list';
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
      actions: [{ label: t('kpis.warnings.addFor'), onAction: () => onAddFor(goal) }],
    })),
    ...warnings.kpisWithoutGoal.map((kpi) => ({
      key: `goal-of-${kpi.id}`,
      text: t('kpis.warnings.kpiWithoutGoal', { name: kpi.name }),
      actions: [
        { label: t('kpis.warnings.open', { name: kpi.name }), onAction: () => onOpen(kpi.id) },
      ],
    })),
    ...warnings.kpisWithoutBaseline.map((kpi) => ({
      key: `baseline-of-${kpi.id}`,
      text: t('kpis.warnings.kpiWithoutBaseline', { name: kpi.name }),
      actions: [
        { label: t('kpis.warnings.open', { name: kpi.name }), onAction: () => onOpen(kpi.id) },
      ],
    })),
  ];
  return <WarningList items={items} />;
}
