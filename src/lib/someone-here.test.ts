import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { someoneHereOrAfter } from './someone-here';

describe('someoneHereOrAfter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Whether the promise has settled once pending callbacks have run. */
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('waits while nobody moves, then goes once the delay has passed', async () => {
    const page = new EventTarget();
    const here = someoneHereOrAfter(5000, page);
    await vi.advanceTimersByTimeAsync(4999);
    expect(await settled(here)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(here)).toBe(true);
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'])(
    'goes at once on %s',
    async (type) => {
      const page = new EventTarget();
      const here = someoneHereOrAfter(5000, page);
      await vi.advanceTimersByTimeAsync(100);
      page.dispatchEvent(new Event(type));
      expect(await settled(here)).toBe(true);
    },
  );

  it('ignores events that are not someone using the page', async () => {
    const page = new EventTarget();
    const here = someoneHereOrAfter(5000, page);
    page.dispatchEvent(new Event('focusin'));
    page.dispatchEvent(new Event('load'));
    expect(await settled(here)).toBe(false);
  });

  it('stops listening once it has gone', async () => {
    const page = new EventTarget();
    const removed = vi.spyOn(page, 'removeEventListener');
    void someoneHereOrAfter(5000, page);
    page.dispatchEvent(new Event('keydown'));
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual([
      'keydown',
      'pointerdown',
      'pointermove',
      'touchstart',
      'wheel',
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
