import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseFirstPaintWhenSettled } from './first-paint';

function page(html: string): HTMLElement {
  document.documentElement.classList.add('first-paint');
  document.body.innerHTML = `<div id="first-paint"></div><div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}
const frameShown = () => document.getElementById('first-paint') !== null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the prerendered frame gives way to the app', () => {
  beforeEach(() => document.documentElement.classList.remove('first-paint'));
  afterEach(() => vi.useRealTimers());

  it('at once when the page has nothing left to load', () => {
    releaseFirstPaintWhenSettled(page('<main><h1>Roadmaps</h1></main>'));
    expect(frameShown()).toBe(false);
    expect(document.documentElement.classList.contains('first-paint')).toBe(false);
  });

  it('once the page has drawn what it was loading', async () => {
    const root = page('<main><h1>Goals</h1><p class="loading-inline" aria-busy="true"></p></main>');
    releaseFirstPaintWhenSettled(root);
    expect(frameShown()).toBe(true);

    root.querySelector('p')?.replaceWith(document.createElement('table'));
    await settle();
    expect(frameShown()).toBe(false);
  });

  it('after the cap, whatever the page shows', () => {
    vi.useFakeTimers();
    releaseFirstPaintWhenSettled(page('<main><p aria-busy="true"></p></main>'), 2000);
    vi.advanceTimersByTime(1999);
    expect(frameShown()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(frameShown()).toBe(false);
  });
});
