import { createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

export interface Preloadable<P> {
  /** Fetches the code (once); safe to call again. */
  load: () => Promise<unknown>;
  render: (props: P) => ReactNode;
}

/**
 * A component whose code loads on demand and, once loaded, renders directly. `React.lazy` alone
 * suspends on its first render even when the code is already here (the idle preload fetched it),
 * and a fallback once shown stays for at least 300 ms: longer than most stages take to draw.
 */
export function preloadable<M, P extends object>(
  importModule: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  const load = () =>
    importModule().then((module) => {
      loaded = pick(module);
      return module;
    });
  const Lazy = lazy(() => load().then((module) => ({ default: pick(module) })));
  function Host(props: P) {
    // Chosen once per mount: switching from the lazy path to the direct one on a later render
    // would remount the stage and lose what the user had open.
    const [Direct] = useState(() => loaded);
    if (Direct) return createElement(Direct, props);
    return (
      <Suspense fallback={<p className="loading-inline" aria-busy="true" />}>
        {createElement(Lazy as ComponentType<P>, props)}
      </Suspense>
    );
  }
  return { load, render: (props) => createElement(Host, props) };
}
