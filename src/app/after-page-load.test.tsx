import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterPageLoad } from './after-page-load';

describe('work that waits for the page to load', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('comes the given time after the load event, not before', () => {
    // jsdom has loaded by the time a test runs; a page still loading says "loading".
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    render(
      <AfterPageLoad delayMs={5000}>
        <p>installed</p>
      </AfterPageLoad>,
    );
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.queryByText('installed')).toBeNull();

    readyState.mockReturnValue('complete');
    act(() => window.dispatchEvent(new Event('load')));
    act(() => vi.advanceTimersByTime(4999));
    expect(screen.queryByText('installed')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText('installed')).toBeTruthy();
  });

  it('counts from now when the page has loaded already', () => {
    render(
      <AfterPageLoad delayMs={100}>
        <p>installed</p>
      </AfterPageLoad>,
    );
    expect(screen.queryByText('installed')).toBeNull();
    act(() => vi.advanceTimersByTime(100));
    expect(screen.getByText('installed')).toBeTruthy();
  });
});
