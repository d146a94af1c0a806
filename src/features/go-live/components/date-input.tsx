import { useDateHint } from '../../../components/ui/date-hint';
import { FieldFrame } from '../../../components/ui/field-frame';

export interface DateInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  className?: string;
}

/** A labelled calendar-day field with its hint and its message right below it. */
export function DateInput({
  label,
  value,
  onChange,
  onBlur,
  error,
  hint,
  className,
}: DateInputProps) {
  return (
    <FieldFrame label={label} hint={useDateHint(hint)} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldFrame>
  );
}
