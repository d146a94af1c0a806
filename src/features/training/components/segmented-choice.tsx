export interface SegmentedChoiceProps<T extends string> {
  /** Names the group for screen readers. */
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** Two or three exclusive views as toggle buttons; the pressed one is marked, not only coloured. */
export function SegmentedChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: SegmentedChoiceProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button button-small"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.value === value ? <span aria-hidden="true">✓ </span> : null}
          {option.label}
        </button>
      ))}
    </div>
  );
}
