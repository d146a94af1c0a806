import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../../components/ui/translation';
import {
  competencyFamilies,
  moduleFormats,
  moduleStatuses,
  type Competency,
  type TrainingRole,
} from '../model/training';
import type { ModuleFormValues } from '../model/module-form';

export interface ModuleFormFieldsProps {
  register: UseFormRegister<ModuleFormValues>;
  errors: FieldErrors<ModuleFormValues>;
  competencies: readonly Competency[];
  roles: readonly TrainingRole[];
}

/** Every field of a module, shared by the add form and the editor. */
export function ModuleFormFields({ register, errors, competencies, roles }: ModuleFormFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = (
    name: 'title' | 'hours' | 'startDate' | 'endDate' | 'trainer',
    type: 'text' | 'date' = 'text',
    extra: { inputMode?: 'decimal' } = {},
  ) => {
    const error = errors[name]?.message;
    return (
      <div className={`field module-field-${name}`}>
        <label htmlFor={`${id}-${name}`}>{t(`training.modules.fields.${name}`)}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          {...extra}
          {...register(name)}
        />
        {error ? (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const select = (name: 'family' | 'format' | 'status', options: readonly string[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`training.modules.fields.${name}`)}</label>
      <select id={`${id}-${name}`} {...register(name)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(
              `training.modules.${name}Option.${option}` as 'training.modules.formatOption.classroom',
            )}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="module-fields">
      <div className="module-fields-row">
        {field('title')}
        {select('family', competencyFamilies)}
      </div>
      <div className="module-fields-row">
        {select('format', moduleFormats)}
        {field('hours', 'text', { inputMode: 'decimal' })}
        {field('startDate', 'date')}
        {field('endDate', 'date')}
      </div>
      <div className="module-fields-row">
        {field('trainer')}
        {select('status', moduleStatuses)}
      </div>
      <div className="module-fields-row">
        <fieldset className="check-list">
          <legend>{t('training.modules.fields.competencies')}</legend>
          {competencies.length === 0 ? (
            <p className="field-hint">{t('training.modules.noCompetencies')}</p>
          ) : null}
          {competencies.map((competency) => (
            <label key={competency.id} className="check">
              <input type="checkbox" value={competency.id} {...register('competencyIds')} />{' '}
              {competency.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="check-list">
          <legend>{t('training.modules.fields.roles')}</legend>
          <p className="field-hint">{t('training.modules.rolesHint')}</p>
          {roles.map((role) => (
            <label key={role.id} className="check">
              <input type="checkbox" value={role.id} {...register('roleIds')} /> {role.name}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
