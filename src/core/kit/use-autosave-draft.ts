import { useEffect, useRef, useState } from 'react';
import { useAutosaveTo, type Saver } from './use-autosave-write';

/** What a field makes of its text: a value to save, or the message saying why it cannot. */
export type DraftReading<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * The text a self-saving field shows, kept apart from the stored value while the user edits:
 * valid text is saved a moment after typing stops (and at once on blur), invalid text stays on
 * screen with its message and writes nothing, and the stored value is taken over whenever the
 * field is neither focused nor saving (a change from another tab, an undo).
 */
export function useAutosaveDraft<T>(
  storedText: string,
  read: (text: string) => DraftReading<T>,
  onSave: Saver<T>,
) {
  const [text, setText] = useState(storedText);
  const [error, setError] = useState<string | null>(null);
  const isFocused = useRef(false);
  const { state, schedule, flush, isBusy } = useAutosaveTo(onSave);

  useEffect(() => {
    if (!isFocused.current && !isBusy()) {
      setText(storedText);
      setError(null);
    }
  }, [storedText, isBusy]);

  const change = (next: string) => {
    setText(next);
    const reading = read(next);
    setError(reading.ok ? null : reading.problem);
    if (reading.ok) schedule(reading.value);
  };
  const onFocus = () => {
    isFocused.current = true;
  };
  const onBlur = () => {
    isFocused.current = false;
    void flush();
  };
  return { text, error, state, change, onFocus, onBlur };
}
