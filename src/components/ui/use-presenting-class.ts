import { useSyncExternalStore } from 'react';

/** The class presenting mode sets on <html> while a stage is shown to the room. */
export const presentingClass = 'presenting';

/** Chart ticks, axis names and legends in presenting mode, in px: readable from the back. */
export const roomChartTextSize = 20;

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isPresentingNow = () => document.documentElement.classList.contains(presentingClass);

/**
 * Whether the page is being presented. CSS sets the room's type sizes (styles/presenting.css);
 * charts read this only where they measure their own labels to lay them out (axis widths,
 * wrapping, label placement), which CSS cannot reach.
 */
export function useIsPresenting(): boolean {
  return useSyncExternalStore(subscribe, isPresentingNow, () => false);
}
