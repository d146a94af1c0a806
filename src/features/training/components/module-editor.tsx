import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveForm } from '../../../core/kit/use-autosave-form';
import { updateModuleWrite } from '../api/training-queries';
import { moduleFormSchema, toModuleFormValues } from '../model/module-form';
import type {
  Competency,
  TrainingModule,
  TrainingModuleFields,
  TrainingRole,
} from '../model/training';
import { ModuleFormFields } from './module-form-fields';

export interface ModuleEditorProps {
  roadmapId: string;
  module: TrainingModule;
  competencies: readonly Competency[];
  roles: readonly TrainingRole[];
}

/**
 * Edits a module in place: a valid change saves itself a moment later; an invalid one shows why
 * next to the field and writes nothing.
 */
export function ModuleEditor({ roadmapId, module, competencies, roles }: ModuleEditorProps) {
  const { t } = useTranslation();
  const { form, formProps, state, isInvalid } = useAutosaveForm({
    schema: moduleFormSchema,
    toValues: toModuleFormValues,
    stored: module,
    target: saveTarget(
      updateModuleWrite,
      roadmapId,
      `module:${module.id}`,
      (fields: Partial<TrainingModuleFields>) => ({ moduleId: module.id, fields }),
    ),
  });

  return (
    <form
      {...formProps}
      className="module-editor"
      aria-label={t('training.modules.editing', { title: module.title })}
    >
      <div className="panel-heading-row">
        <p className="field-hint">{t('training.modules.editHelp')}</p>
        {isInvalid ? (
          <p className="field-error">{t('saving.notSaved')}</p>
        ) : (
          <SaveIndicator state={state} />
        )}
      </div>
      <ModuleFormFields
        register={form.register}
        errors={form.formState.errors}
        competencies={competencies}
        roles={roles}
      />
    </form>
  );
}
