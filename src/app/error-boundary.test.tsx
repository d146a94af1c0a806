import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

let broken = true;
function Stage() {
  if (broken) throw new Error('a bad row');
  return <p>the stage</p>;
}

describe('an error boundary', () => {
  it('shows its fallback instead of what failed, says what broke, and tries again on request', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <p>the stepper</p>
        <ErrorBoundary
          what="Stage failed to render"
          fallback={(retry) => (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
        >
          <Stage />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('the stepper')).toBeTruthy();
    expect(screen.queryByText('the stage')).toBeNull();
    expect(consoleError).toHaveBeenCalledWith(
      'Stage failed to render',
      expect.objectContaining({ message: 'a bad row' }),
      expect.any(String),
    );

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('the stage')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
