import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { loadedOnce } from './loaded-once';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('loadedOnce', () => {
  it('draws its component in the first render once preloaded, with no fallback', async () => {
    const { preload, Component } = loadedOnce(() => Promise.resolve(Greeting));
    await preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends until the code is here when not preloaded', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const { Component } = loadedOnce(
      () => new Promise<typeof Greeting>((resolve) => (arrive = resolve)),
    );
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading</p>}>
          <Component name="Ada" />
        </Suspense>,
      );
    });
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('loads once, and tries again after a failed load', async () => {
    let calls = 0;
    const { preload } = loadedOnce(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(preload()).rejects.toThrow('offline');
    expect(await preload()).toBe(Greeting);
    expect(await preload()).toBe(Greeting);
    expect(calls).toBe(2);
  });
});
