import { useTranslation } from '../../../components/ui/translation';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { useZodForm } from '../../../components/ui/use-zod-form';
import { roadmapFieldsSchema, type RoadmapFields } from '../../../core/roadmap';

export interface RoadmapFormProps {
  initialValues: RoadmapFields;
  submitLabel: string;
  onSubmit: (fields: RoadmapFields) => Promise<void> | void;
  onCancel: () => void;
}

export function RoadmapForm({ initialValues, submitLabel, onSubmit, onCancel }: RoadmapFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useZodForm(roadmapFieldsSchema, {
    defaultValues: initialValues,
  });
  const { errors, isSubmitting } = formState;
  const optional = ` (${t('roadmapForm.optional')})`;
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <TextField
        label={t('roadmapForm.name')}
        placeholder={t('roadmapForm.namePlaceholder')}
        autoComplete="off"
        required
        error={errors.name?.message}
        {...register('name')}
      />
      <TextField
        label={t('roadmapForm.company')}
        autoComplete="organization"
        error={errors.company?.message}
        {...register('company')}
      />
      <div className="form-row">
        <TextField
          label={t('roadmapForm.workshopDate')}
          hint={t('roadmapForm.optional')}
          type="date"
          error={errors.workshopDate?.message}
          {...register('workshopDate')}
        />
        <TextField
          label={t('roadmapForm.author')}
          hint={t('roadmapForm.optional')}
          autoComplete="name"
          error={errors.author?.message}
          {...register('author')}
        />
      </div>
      <TextAreaField
        label={t('roadmapForm.notes') + optional}
        rows={3}
        error={errors.notes?.message}
        {...register('notes')}
      />
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('roadmapForm.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
