import { useTranslation } from '../../../components/ui/translation';
import { moduleStatuses, type TrainingModule } from '../model/training';

export interface ModulesSummaryProps {
  modules: readonly Pick<TrainingModule, 'status' | 'endDate'>[];
  goLiveDate: string | null;
}

/** The folded module list in one line: how many, by status, and how many end after go-live. */
export function ModulesSummary({ modules, goLiveDate }: ModulesSummaryProps) {
  const { t } = useTranslation();
  const byStatus = [...moduleStatuses]
    .reverse()
    .map((status) => ({
      status,
      count: modules.filter((module) => module.status === status).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => t(`training.fold.status.${status}`, { count }))
    .join(', ');
  // The same rule as the stage's check: a module ending after the go-live date.
  const late =
    goLiveDate === null
      ? 0
      : modules.filter((module) => module.endDate !== null && module.endDate > goLiveDate).length;
  return (
    <>
      {t('training.fold.modules', { count: modules.length, byStatus })}
      {late > 0 ? (
        <span className="fold-warning"> · {t('training.fold.late', { count: late })}</span>
      ) : null}
    </>
  );
}
