import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useDateHint } from './date-hint';
import { FieldFrame } from './field-frame';

interface TextFieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
}

type TextFieldProps = TextFieldFrameProps & InputHTMLAttributes<HTMLInputElement>;

/**
 * A labelled input with its hint and error right below it, wired for screen readers. A date
 * field also says which format it expects.
 */
export function TextField({ label, hint, error, id, ...inputProps }: TextFieldProps) {
  const dateHint = useDateHint(hint);
  return (
    <FieldFrame
      label={label}
      hint={inputProps.type === 'date' ? dateHint : hint}
      error={error}
      id={id}
    >
      {(control) => <input {...control} {...inputProps} />}
    </FieldFrame>
  );
}

type TextAreaFieldProps = TextFieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, hint, error, id, ...areaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id}>
      {(control) => <textarea {...control} {...areaProps} />}
    </FieldFrame>
  );
}
