import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SaveState } from '../../components/ui/save-indicator';
import { clearDraft, putDraft, type DraftInput } from '../write/drafts';
import { trackSave } from '../write/save-tracker';

export type { SaveState };

export interface AutosaveOptions<T> {
  delayMs?: number;
  /** The write and arguments that store this value: kept as a draft until it is stored. */
  draft?: (value: T) => DraftInput | undefined;
}

const retryDelaysMs = [1000, 3000, 10_000, 30_000];

/**
 * Saves a value a short while after the last change, and at once when the page is hidden or the
 * component goes away. Until it is stored the edit is a draft in localStorage (a reload or a crash
 * replays it) and counts as unsaved in the header. A failed save keeps the value, says so, and
 * tries again: after a while, on the next edit, and when the page is shown again.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<unknown>,
  options: AutosaveOptions<T> = {},
) {
  const { delayMs = 400 } = options;
  const trackerId = useId();
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T; draft?: { id: string; at: number } } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retries = useRef(0);
  const inFlight = useRef(0);
  const saveRef = useRef(save);
  // Timers call the latest `flush` through this, since it schedules itself.
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const draftRef = useRef(options.draft);
  useEffect(() => {
    saveRef.current = save;
    draftRef.current = options.draft;
  });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    if (inFlight.current > 0) {
      // One write at a time, in order: this edit goes as soon as the one on its way is stored.
      timer.current = setTimeout(() => void flushRef.current(), 50);
      return;
    }
    pending.current = null;
    setState('saving');
    trackSave(trackerId, 'writing');
    inFlight.current += 1;
    let failed = false;
    try {
      await saveRef.current(next.value);
      if (next.draft) clearDraft(next.draft.id, next.draft.at);
      retries.current = 0;
    } catch {
      failed = true;
      // Keep the value unless a newer edit replaced it; it is still a draft in localStorage.
      pending.current ??= next;
    } finally {
      inFlight.current -= 1;
    }
    if (failed) {
      setState('failed');
      trackSave(trackerId, 'failed');
      const wait = retryDelaysMs[Math.min(retries.current, retryDelaysMs.length - 1)];
      retries.current += 1;
      timer.current = setTimeout(() => void flushRef.current(), wait);
    } else if (pending.current) {
      setState('saving');
      trackSave(trackerId, 'pending');
      timer.current = setTimeout(() => void flushRef.current(), delayMs);
    } else {
      setState('saved');
      trackSave(trackerId, null);
    }
  }, [delayMs, trackerId]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** True while an edit is waiting, being written or failed: incoming data must not overwrite it. */
  const isBusy = useCallback(() => pending.current !== null || inFlight.current > 0, []);

  const schedule = useCallback(
    (value: T) => {
      const draftInput = draftRef.current?.(value);
      const draft = draftInput ? { id: draftInput.id, at: putDraft(draftInput) } : undefined;
      pending.current = { value, draft };
      retries.current = 0;
      setState('saving');
      trackSave(trackerId, 'pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, trackerId],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onShow = () => {
      if (document.visibilityState === 'visible' && pending.current) void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('pagehide', onHide);
      // Gone from the screen, the edit is still written (and retried if that fails).
      void flush();
    };
  }, [flush, trackerId]);

  return { state, schedule, flush, isBusy };
}
