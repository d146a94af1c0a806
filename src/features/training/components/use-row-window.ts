import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { drawAllEvent } from '../../../components/ui/when-visible';

export interface RowWindowOptions {
  /** Rows drawn with the first frame, before the screen is measured. */
  first: number;
  /** Rows added in each later step. */
  step: number;
}

/** A heat map row (two lines of text) is at least this tall. */
const rowHeightGuess = 48;

/** Right after the next paint: the rows drawn so far show before more are added. */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * How many of a long table's `total` rows to draw: a screenful at once (measured before the first
 * paint), then more after each paint (rendered in slices, so input is never kept waiting) or as soon as
 * the last drawn row nears the screen,
 * until all are there. Printing, a stage PDF (the draw-everything signal) and `drawAll` (e.g.
 * keyboard focus) draw the rest at once.
 * The rows end up in the page, for find-in-page and screen readers, without the first frame
 * paying for rows nobody sees yet.
 */
export function useRowWindow(total: number, { first, step }: RowWindowOptions) {
  const [drawn, setDrawn] = useState(first);
  // A table of one step's rows or fewer is drawn whole: windowing it would save nothing.
  const shown = total <= step ? total : Math.min(total, drawn);
  const isComplete = shown >= total;
  /** The last row drawn: once it nears the screen, the next rows are due. */
  const lastRowRef = useRef<HTMLTableRowElement>(null);

  const drawAll = useCallback(() => setDrawn(Number.POSITIVE_INFINITY), []);

  // Before the first paint: if the rows drawn end above the bottom of the window, add as many as
  // the gap holds, so the first frame shows a full screen of rows wherever the table starts.
  useLayoutEffect(() => {
    if (isComplete || typeof window === 'undefined') return;
    const box = lastRowRef.current?.getBoundingClientRect();
    // No box (nothing laid out, or the table is hidden): the screen cannot tell what it needs.
    if (!box || box.height === 0) return;
    const gap = window.innerHeight - box.bottom;
    if (gap > 0) setDrawn((count) => count + Math.ceil(gap / rowHeightGuess));
  }, [isComplete, shown]);

  useEffect(() => {
    if (isComplete) return;
    // A transition: the step renders in slices, so no task holds the main thread for long.
    const grow = () => startTransition(() => setDrawn((count) => count + step));
    const cancelNext = afterNextPaint(grow);
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
      cancelNext();
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
