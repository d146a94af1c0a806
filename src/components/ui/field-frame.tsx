import { useId, type ReactNode } from 'react';

/** What the control inside a field frame needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  label: string;
  hint?: string;
  /** Shown right under the control and read with it; the control is marked invalid. */
  error?: string | null;
  /** Beside the label, e.g. the field's own "Saved". */
  status?: ReactNode;
  /** The control's id, when the caller needs to know it. */
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The one frame of a form field: its label, the control, a hint and an error below it, wired so a
 * screen reader reads the hint and the error with the control.
 */
export function FieldFrame({
  label,
  hint,
  error,
  status,
  id,
  className,
  children,
}: FieldFrameProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const labelElement = <label htmlFor={controlId}>{label}</label>;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {status === undefined ? (
        labelElement
      ) : (
        <div className="field-label-row">
          {labelElement}
          {status}
        </div>
      )}
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
