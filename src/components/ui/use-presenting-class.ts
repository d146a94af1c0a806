import { useSyncExternalStore } from 'react';

/** The class presenting mode sets on <html> while a stage is shown to the room. */
export const presentingClass = 'presenting';

/** Chart ticks, axis names and legends in presenting mode, in px: readable from the back. */
export const roomChartTextSize = 20;

/*
 * One observer of <html>'s class for every component that asks: each editable text of a stage
 * asks (AutosaveField), so a stage with a hundred of them still watches the page once.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
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
