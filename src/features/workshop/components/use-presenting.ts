import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { presentingClass } from '../../../components/ui/use-presenting-class';
import { useStableCallback } from '../../../components/ui/use-stable-callback';

/** Typing in a field keeps its keys: P, the arrows and Escape belong to presenting only outside. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  );
}

export interface Presenting {
  isPresenting: boolean;
  start: () => void;
  stop: () => void;
}

/**
 * Presenting mode is part of the address (`?present`), so moving between stages, a reload or a
 * second tab on the projector keeps it. `P` starts it, Escape ends it, and the arrow keys and
 * Page Up / Page Down (what a remote clicker sends) move to the previous or next stage.
 */
export function usePresenting({
  stepFrom,
}: {
  /** The address `step` stages (-1 or 1) away from the stage at `pathname`, if there is one. */
  stepFrom: (pathname: string, step: -1 | 1) => string | null;
}): Presenting {
  const navigate = useNavigate();
  const location = useLocation();
  // Where the last key press is taking the room: a clicker pressed twice goes two stages on,
  // even before the first move has finished loading.
  const goingTo = useRef<string | null>(null);
  useEffect(() => {
    if (goingTo.current === location.pathname) goingTo.current = null;
  }, [location.pathname]);
  const isPresenting = new URLSearchParams(location.search).has('present');
  const enteredFullscreen = useRef(false);

  const start = useCallback(() => {
    void navigate({ search: '?present' });
    // Full screen where the browser allows it; presenting works the same without it.
    document.documentElement
      .requestFullscreen?.()
      .then(() => (enteredFullscreen.current = true))
      .catch(() => undefined);
  }, [navigate]);
  const stop = useCallback(() => {
    enteredFullscreen.current = false;
    void navigate({ search: '' });
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, [navigate]);

  // In full screen the browser keeps Escape for itself and leaves full screen: leave presenting too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stop]);

  // Bound once, and each key runs the latest render's handler (set before the paint): a key
  // pressed just as a new stage shows acts on that stage, not on the one before.
  const onKey = useStableCallback((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (!isPresenting) {
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        start();
      }
      return;
    }
    const go = (step: -1 | 1) => {
      event.preventDefault();
      const path = stepFrom(goingTo.current ?? location.pathname, step);
      if (!path) return;
      goingTo.current = path;
      void navigate({ pathname: path, search: '?present' });
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      stop();
    } else if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onKey]);

  // The page's look follows the mode: large type, no editing controls (presenting.css).
  useEffect(() => {
    if (!isPresenting) return;
    document.documentElement.classList.add(presentingClass);
    return () => document.documentElement.classList.remove(presentingClass);
  }, [isPresenting]);

  return { isPresenting, start, stop };
}
