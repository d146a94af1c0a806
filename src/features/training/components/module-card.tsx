import { useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import { formatDate } from '../../../lib/format';
import type { Competency, TrainingModule, TrainingRole } from '../model/training';
import { ModuleEditor } from './module-editor';
import type { TrainingActions } from './use-training-actions';

export interface ModuleCardProps {
  module: TrainingModule;
  competencies: readonly Competency[];
  roles: readonly TrainingRole[];
  goLiveDate: string | null;
  actions: TrainingActions;
}

/** A module's summary, opened in place for editing. */
export function ModuleCard({ module, competencies, roles, goLiveDate, actions }: ModuleCardProps) {
  const { t, i18n } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const { mutations, removeWithUndo } = actions;
  const taught = competencies.filter((competency) => module.competencyIds.includes(competency.id));
  const audience = roles.filter((role) => module.roleIds.includes(role.id));
  const date = (day: string | null) => (day ? formatDate(day, i18n.language) : '…');
  const isLate = goLiveDate !== null && module.endDate !== null && module.endDate > goLiveDate;
  return (
    <li
      className={`module-card module-card-${module.family}${isOpen ? ' module-card-open' : ''}`}
      aria-label={module.title}
    >
      <div className="module-card-head">
        <h3>{module.title}</h3>
        <span className="status-pill">{t(`training.modules.statusOption.${module.status}`)}</span>
      </div>
      <p className="module-meta">
        <span className={`family-mark family-mark-${module.family}`} aria-hidden="true" />
        {t(`training.family.${module.family}`)} ·{' '}
        {t(`training.modules.formatOption.${module.format}`)}
        {module.hours !== null
          ? ` · ${t('training.modules.hours', {
              count: module.hours,
              hours: formatNumber(module.hours, i18n.language, 'measure'),
            })}`
          : ''}
        {module.trainer ? ` · ${module.trainer}` : ''}
      </p>
      <p className="module-meta">
        {module.startDate || module.endDate
          ? t('training.modules.dates', {
              start: date(module.startDate),
              end: date(module.endDate),
            })
          : t('training.modules.noDates')}
        {isLate ? (
          <strong className="late-flag"> {t('training.modules.afterGoLive')}</strong>
        ) : null}
      </p>
      <p className="module-meta">
        <strong>{t('training.modules.teaches')}</strong>{' '}
        {taught.length > 0
          ? taught.map((competency) => competency.name).join(', ')
          : t('training.modules.teachesNothing')}
      </p>
      <p className="module-meta">
        <strong>{t('training.modules.for')}</strong>{' '}
        {audience.length > 0
          ? audience.map((role) => role.name).join(', ')
          : t('training.modules.everyRole')}
      </p>
      <div className="module-card-actions">
        <button
          type="button"
          className="button button-small"
          aria-expanded={isOpen}
          aria-label={t('training.modules.edit', { title: module.title })}
          onClick={() => setOpen((open) => !open)}
        >
          {isOpen ? t('training.modules.close') : t('training.modules.editShort')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('training.modules.remove', { title: module.title })}
          onClick={() =>
            void removeWithUndo(() => mutations.removeModule.mutateAsync(module.id), {
              removed: t('training.modules.removed', { title: module.title }),
              restored: t('training.modules.restored', { title: module.title }),
            })
          }
        >
          {t('training.remove')}
        </button>
      </div>
      {isOpen ? (
        <ModuleEditor
          module={module}
          competencies={competencies}
          roles={roles}
          roadmapId={actions.roadmapId}
        />
      ) : null}
    </li>
  );
}
