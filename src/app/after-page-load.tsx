import { useEffect, useState, type ReactNode } from 'react';

export interface AfterPageLoadProps {
  /** How long after the page's load event the children come. */
  delayMs: number;
  children: ReactNode;
}

/**
 * Renders its children a while after the page has loaded: work that the first screen does not
 * need (installing the offline copy) then neither competes with it for the network nor for the
 * main thread.
 */
export function AfterPageLoad({ delayMs, children }: AfterPageLoadProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    const start = () => {
      timer = window.setTimeout(() => setReady(true), delayMs);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      window.clearTimeout(timer);
    };
  }, [delayMs]);
  return ready ? <>{children}</> : null;
}
