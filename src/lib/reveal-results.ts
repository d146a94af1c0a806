/**
 * Revealing the room's results is one gesture wherever it is made: the live room's button also
 * uncovers the stage's results in presenting mode. The presenting bar listens for it.
 */
const eventName = 'rotta:reveal-results';

export function revealResults(): void {
  window.dispatchEvent(new Event(eventName));
}

export function onRevealResults(listener: () => void): () => void {
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}

/** Whether a live room on the page shows its own Reveal results (then the bar shows none). */
export const hasLiveRoom = () => document.querySelector('[data-live-room="hidden"]') !== null;
