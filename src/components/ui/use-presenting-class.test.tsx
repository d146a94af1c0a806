import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { presentingClass, useIsPresenting } from './use-presenting-class';

function Shows({ name }: { name: string }) {
  return <p>{`${name}: ${useIsPresenting() ? 'presenting' : 'editing'}`}</p>;
}

/** Sets or clears the class, then lets the observers report (they run as microtasks). */
async function present(on: boolean) {
  await act(async () => {
    document.documentElement.classList.toggle(presentingClass, on);
    await Promise.resolve();
  });
}

afterEach(() => document.documentElement.classList.remove(presentingClass));

describe('useIsPresenting', () => {
  it('follows the class on <html> in every component that asks, and after some have gone', async () => {
    const first = render(<Shows name="a" />);
    render(<Shows name="b" />);
    await present(true);
    expect(screen.getByText('a: presenting')).toBeInTheDocument();
    expect(screen.getByText('b: presenting')).toBeInTheDocument();

    first.unmount();
    await present(false);
    expect(screen.getByText('b: editing')).toBeInTheDocument();
  });

  it('watches again once every component that asked has gone and a new one asks', async () => {
    render(<Shows name="c" />).unmount();
    render(<Shows name="d" />);
    await present(true);
    expect(screen.getByText('d: presenting')).toBeInTheDocument();
  });
});
