import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../components/ui/translation';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import type { GoalFormValues } from '../model/goal-form';
import { GoalSelectField } from './goal-select-field';

export interface GoalFormFieldsProps {
  register: UseFormRegister<GoalFormValues>;
  errors: FieldErrors<GoalFormValues>;
}

/** Every field of a goal, in reading order; shared by the "new goal" form and the editor. */
export function GoalFormFields({ register, errors }: GoalFormFieldsProps) {
  const { t } = useTranslation();
  const label = (field: Exclude<keyof GoalFormValues, 'catalogKey'>) => t(`goals.fields.${field}`);
  return (
    <div className="goal-form-grid">
      <div className="goal-span-4">
        <TextField
          label={label('title')}
          autoComplete="off"
          required
          error={errors.title?.message}
          {...register('title')}
        />
      </div>
      <div className="goal-span-4">
        <TextAreaField
          label={label('description')}
          rows={2}
          error={errors.description?.message}
          {...register('description')}
        />
      </div>
      <GoalSelectField
        label={label('direction')}
        options={(['decrease', 'increase'] as const).map((value) => ({
          value,
          label: t(`goals.directions.${value}`),
        }))}
        error={errors.direction?.message}
        {...register('direction')}
      />
      <TextField
        label={label('baseline')}
        inputMode="decimal"
        autoComplete="off"
        hint={t('goals.hints.numbers')}
        error={errors.baseline?.message}
        {...register('baseline')}
      />
      <TextField
        label={label('target')}
        inputMode="decimal"
        autoComplete="off"
        error={errors.target?.message}
        {...register('target')}
      />
      <TextField
        label={label('unit')}
        autoComplete="off"
        hint={t('goals.hints.unit')}
        error={errors.unit?.message}
        {...register('unit')}
      />
      <div className="goal-span-2">
        <TextField
          label={label('startDate')}
          type="date"
          error={errors.startDate?.message}
          {...register('startDate')}
        />
      </div>
      <div className="goal-span-2">
        <TextField
          label={label('deadline')}
          type="date"
          error={errors.deadline?.message}
          {...register('deadline')}
        />
      </div>
      <div className="goal-span-4">
        <TextAreaField
          label={label('benefit')}
          rows={2}
          required
          hint={t('goals.hints.benefit')}
          error={errors.benefit?.message}
          {...register('benefit')}
        />
      </div>
      <div className="goal-span-2">
        <GoalSelectField
          label={label('priority')}
          options={(['high', 'medium', 'low'] as const).map((value) => ({
            value,
            label: t(`goals.priorities.${value}`),
          }))}
          error={errors.priority?.message}
          {...register('priority')}
        />
      </div>
      <div className="goal-span-2">
        <TextField
          label={label('owner')}
          autoComplete="off"
          error={errors.owner?.message}
          {...register('owner')}
        />
      </div>
    </div>
  );
}
