import { useEffect, useId } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { moduleFormSchema, toModuleFormValues } from '../model/module-form';
import type { Competency, TrainingModuleFields, TrainingRole } from '../model/training';
import { ModuleFormFields } from './module-form-fields';

export interface AddModuleFormProps {
  initial: TrainingModuleFields;
  competencies: readonly Competency[];
  roles: readonly TrainingRole[];
  onAdd: (fields: TrainingModuleFields) => Promise<unknown>;
  onCancel: () => void;
}

/** A new module, checked by the module's own rules before anything is written. */
export function AddModuleForm({
  initial,
  competencies,
  roles,
  onAdd,
  onCancel,
}: AddModuleFormProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { register, handleSubmit, formState, setFocus } = useZodForm(
    moduleFormSchema(i18n.language),
    {
      defaultValues: toModuleFormValues(initial, i18n.language),
    },
  );
  useEffect(() => setFocus('title'), [setFocus]);
  return (
    <form
      className="module-add-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void handleSubmit((fields) => onAdd(fields))(event)}
    >
      <h3 id={titleId}>{t('training.modules.addHeading')}</h3>
      <ModuleFormFields
        register={register}
        errors={formState.errors}
        competencies={competencies}
        roles={roles}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t('training.modules.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('training.cancel')}
        </button>
      </div>
    </form>
  );
}
