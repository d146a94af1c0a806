import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A module whose import the test resolves or rejects when it wants. */
function deferredModule() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const module = new Promise<{ Greeting: typeof Greeting }>((resolve, reject) => {
    settle = { resolve: () => resolve({ Greeting }), reject };
  });
  return { importModule: () => module, settle };
}

describe('a preloadable component', () => {
  it('shows a loading placeholder until its code has come, then the component', async () => {
    const { importModule, settle } = deferredModule();
    const greeting = preloadable(importModule, (module) => module.Greeting);
    const { container } = render(<>{greeting.render({ name: 'Ada' })}</>);
    expect(container.querySelector('p[aria-busy="true"]')).not.toBeNull();

    settle.resolve();
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });

  it('renders at once, without a placeholder, when its code was loaded before', async () => {
    const { importModule, settle } = deferredModule();
    const greeting = preloadable(importModule, (module) => module.Greeting);
    settle.resolve();
    await greeting.load();
    const { container } = render(<>{greeting.render({ name: 'Ada' })}</>);
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });

  it('hands a code file that failed to load to the error boundary around it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { importModule, settle } = deferredModule();
    const greeting = preloadable(importModule, (module) => module.Greeting);
    render(
      <ErrorBoundary what="Stage failed" fallback={() => <p>Could not load</p>}>
        {greeting.render({ name: 'Ada' })}
      </ErrorBoundary>,
    );
    settle.reject(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByText('Could not load')).toBeInTheDocument();
  });
});
