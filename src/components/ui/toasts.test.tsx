import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maxVisibleToasts, ToastProvider, useToast } from './toasts';

function Trigger({ messages }: { messages: string[] }) {
  const show = useToast();
  return (
    <button type="button" onClick={() => messages.forEach((message) => show({ message }))}>
      Show
    </button>
  );
}

function showToasts(messages: string[]) {
  render(
    <ToastProvider>
      <Trigger messages={messages} />
    </ToastProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
  return screen.getByRole('status');
}

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('show at most a few at once, the newest pushing out the oldest, in a polite live region', () => {
    const messages = ['Message 1', 'Message 2', 'Message 3', 'Message 4', 'Message 5'];
    const region = showToasts(messages);
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(maxVisibleToasts).toBeLessThanOrEqual(3);
    expect(Array.from(region.children, (toast) => toast.textContent)).toEqual(
      messages.slice(-maxVisibleToasts),
    );
  });

  it('leave on their own', () => {
    const region = showToasts(['Saved the file']);
    expect(region).toHaveTextContent('Saved the file');
    act(() => vi.advanceTimersByTime(5000));
    expect(region).toBeEmptyDOMElement();
  });

  it('say a repeated message once, for its full time again', () => {
    const region = showToasts(['Backup saved', 'Backup saved', 'Backup saved']);
    expect(Array.from(region.children, (toast) => toast.textContent)).toEqual(['Backup saved']);
  });
});
