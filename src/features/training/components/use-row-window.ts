import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { drawAllEvent } from '../../../components/ui/when-visible';

export interface RowWindowOptions {
  /** Rows drawn with the first frame: a screenful. */
  first: number;
  /** Rows added in each later step. */
  step: number;
}

/** A heat map row (two lines of text) is at least this tall; the first window is a screen of them. */
const rowHeightGuess = 48;

/** Enough rows to fill the screen the table starts on, however tall the window is. */
export function screenfulOfRows(): number {
  const height = typeof window === 'undefined' ? 800 : window.innerHeight;
  return Math.max(10, Math.ceil(height / rowHeightGuess));
}

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    const cancel = cancelIdleCallback;
    const handle = requestIdleCallback(run, { timeout: 500 });
    return () => cancel(handle);
  }
  const handle = setTimeout(run, 16);
  return () => clearTimeout(handle);
}

/**
 * How many of a long table's `total` rows to draw: a screenful at once, then a few more whenever
 * the browser is idle or the last drawn row nears the screen, until all are there. Printing, a
 * stage PDF (the draw-everything signal) and `drawAll` (e.g. keyboard focus) draw the rest at once.
 * The rows end up in the page, for find-in-page and screen readers, without the first frame
 * paying for rows nobody sees yet.
 */
export function useRowWindow(total: number, { first, step }: RowWindowOptions) {
  const [drawn, setDrawn] = useState(first);
  const shown = Math.min(total, drawn);
  const isComplete = shown >= total;
  /** The last row drawn: once it nears the screen, the next rows are due. */
  const lastRowRef = useRef<HTMLTableRowElement>(null);

  const drawAll = useCallback(() => setDrawn(Number.POSITIVE_INFINITY), []);

  useEffect(() => {
    if (isComplete) return;
    const grow = () => setDrawn((count) => count + step);
    const cancelIdle = whenIdle(grow);
    const last = lastRowRef.current;
    let observer: IntersectionObserver | null = null;
    if (last && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) grow();
        },
        { rootMargin: '600px 0px' },
      );
      observer.observe(last);
    }
    return () => {
      cancelIdle();
      observer?.disconnect();
    };
  }, [isComplete, shown, step]);

  useEffect(() => {
    if (isComplete) return;
    // Printing lays the page out at once: the rows must be there before, not in a later frame.
    const drawAllNow = () => flushSync(drawAll);
    window.addEventListener('beforeprint', drawAllNow);
    window.addEventListener(drawAllEvent, drawAllNow);
    return () => {
      window.removeEventListener('beforeprint', drawAllNow);
      window.removeEventListener(drawAllEvent, drawAllNow);
    };
  }, [isComplete, drawAll]);

  return { shown, isComplete, drawAll, lastRowRef };
}
