import { Fold } from '../../../components/ui/fold';
import { ModulesSummary } from './modules-summary';
import { useRef } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useToast } from '../../../components/ui/toasts';
import type { TrainingData } from '../api/training-repository';
import type { TrainingModuleFields } from '../model/training';
import { AddModuleForm } from './add-module-form';
import { ModuleCard } from './module-card';
import type { TrainingActions } from './use-training-actions';

export interface ModulesPanelProps {
  data: TrainingData;
  actions: TrainingActions;
  /** The add form's starting values while it is open (pre-filled from a gap), else null. */
  adding: { key: string; fields: TrainingModuleFields } | null;
  onAdding: (adding: { key: string; fields: TrainingModuleFields } | null) => void;
  onOpenAdd: () => void;
}

/** Up to this many modules the cards show open. */
const shortList = 3;

/** The training modules: what each teaches, to whom, how and when. */
export function ModulesPanel({ data, actions, adding, onAdding, onOpenAdd }: ModulesPanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    onAdding(null);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const add = async (fields: TrainingModuleFields) => {
    try {
      const module = await actions.mutations.addModule.mutateAsync(fields);
      toast({ message: t('training.modules.added', { title: module.title }) });
      close();
    } catch (error) {
      actions.report(error);
    }
  };
  return (
    <section
      className="training-panel"
      id="training-modules"
      aria-labelledby="training-modules-title"
    >
      <div className="panel-heading-row">
        <h2 id="training-modules-title">{t('training.modules.heading')}</h2>
        <button
          ref={addButton}
          type="button"
          className="button button-primary"
          aria-expanded={adding !== null}
          onClick={onOpenAdd}
        >
          <span aria-hidden="true">+</span> {t('training.modules.open')}
        </button>
      </div>
      {adding ? (
        <AddModuleForm
          key={adding.key}
          initial={adding.fields}
          competencies={data.competencies}
          roles={data.roles}
          onAdd={add}
          onCancel={close}
        />
      ) : null}
      {data.modules.length === 0 ? (
        <p className="empty-note">{t('training.modules.empty')}</p>
      ) : (
        <Fold
          name="training.modules"
          isLazy
          defaultOpen={data.modules.length <= shortList}
          summary={<ModulesSummary modules={data.modules} goLiveDate={data.goLiveDate} />}
        >
          <ul className="module-list" aria-label={t('training.modules.list')}>
            {data.modules.map((module) => (
              <ModuleCard
                key={module.id}
                module={module}
                competencies={data.competencies}
                roles={data.roles}
                goLiveDate={data.goLiveDate}
                actions={actions}
              />
            ))}
          </ul>
        </Fold>
      )}
    </section>
  );
}
