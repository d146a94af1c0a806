import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

interface TextFieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
}

type TextFieldProps = TextFieldFrameProps & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and error right below it, wired for screen readers. */
export function TextField({ label, hint, error, id, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id}>
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
