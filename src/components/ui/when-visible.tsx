import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/** Sent on window to draw every waiting part at once: a PDF of the stage pictures all of them. */
export const drawAllEvent = 'rotta:draw-all';

export interface WhenVisibleProps {
  /** Space kept while waiting, so the page does not jump when the content arrives. */
  minHeight: number;
  children: ReactNode;
}

/**
 * Renders its children once they come near the screen (or the page is printed or made a PDF).
 * Charts below the fold measure their labels, which forces layout; drawing them only when the user
 * scrolls to them keeps opening a large stage quick. Once shown, the children stay.
 */
export function WhenVisible({ minHeight, children }: WhenVisibleProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [isVisible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = placeholder.current;
    if (isVisible || !element) return;
    const show = () => setVisible(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    // Printing lays the page out at once: render before that happens, not in a later frame.
    const showForPrint = () => flushSync(show);
    window.addEventListener('beforeprint', showForPrint);
    window.addEventListener(drawAllEvent, showForPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', showForPrint);
      window.removeEventListener(drawAllEvent, showForPrint);
    };
  }, [isVisible]);

  if (isVisible) return <>{children}</>;
  return <div ref={placeholder} style={{ minHeight }} aria-hidden="true" data-waiting="" />;
}
