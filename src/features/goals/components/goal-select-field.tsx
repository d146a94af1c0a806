import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from '../../../components/ui/field-frame';

export interface GoalSelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly { value: string; label: string }[];
  error?: string;
}

/** A labelled drop-down with its error right below it, like the shared text fields. */
export function GoalSelectField({
  label,
  options,
  error,
  id,
  ...selectProps
}: GoalSelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} id={id}>
      {(control) => (
        <select {...control} {...selectProps}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
