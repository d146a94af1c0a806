import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves a value a short while after the last change, and at once when the page is hidden or the
 * component goes away, so closing the tab mid-sentence loses nothing.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = 400) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState('saving');
    inFlight.current += 1;
    try {
      await saveRef.current(next.value);
      setState(pending.current ? 'saving' : 'saved');
    } catch {
      setState('failed');
    } finally {
      inFlight.current -= 1;
    }
  }, []);

  /** True while an edit is waiting or being written: incoming data must not overwrite it. */
  const isBusy = useCallback(() => pending.current !== null || inFlight.current > 0, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush, isBusy };
}
