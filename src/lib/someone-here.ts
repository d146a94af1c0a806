/** Signs that someone is using the page. */
const userEvents = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Resolves at the first sign of someone using the page (the pointer moves or presses, a touch, a
 * key, the wheel) or once `delayMs` have passed, whichever comes first. For work the first screen
 * does not need but the next step will.
 */
export function someoneHereOrAfter(delayMs: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      clearTimeout(timer);
      for (const type of userEvents) target.removeEventListener(type, go, true);
      resolve();
    };
    const timer = setTimeout(go, delayMs);
    for (const type of userEvents)
      target.addEventListener(type, go, { capture: true, passive: true });
  });
}
