import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { changedFields, useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { useZodForm } from '../../../components/ui/use-zod-form';
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
  const { t, i18n } = useTranslation();
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(
      updateModuleWrite,
      roadmapId,
      `module:${module.id}`,
      (fields: Partial<TrainingModuleFields>) => ({ moduleId: module.id, fields }),
    ),
  );
  const { register, formState, trigger, getValues, reset } = useZodForm(
    moduleFormSchema(i18n.language),
    {
      defaultValues: toModuleFormValues(module, i18n.language),
    },
  );
  const [isInvalid, setInvalid] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Take changes made elsewhere (another tab, an undo), but never while the user is editing here.
  useEffect(() => {
    if (formRef.current?.contains(document.activeElement) || isBusy()) return;
    reset(toModuleFormValues(module, i18n.language));
  }, [module, i18n.language, isBusy, reset]);

  const onEdit = async () => {
    const isValid = await trigger();
    setInvalid(!isValid);
    if (!isValid) return;
    const parsed = moduleFormSchema(i18n.language).safeParse(getValues());
    // Only what differs from the stored module: another tab's edit of the others is kept.
    if (parsed.success) schedule(changedFields(parsed.data, module));
  };

  return (
    <form
      ref={formRef}
      className="module-editor"
      noValidate
      aria-label={t('training.modules.editing', { title: module.title })}
      onChange={() => void onEdit()}
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
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
        register={register}
        errors={formState.errors}
        competencies={competencies}
        roles={roles}
      />
    </form>
  );
}
