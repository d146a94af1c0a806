import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Preloadable<P> {
  /** Fetches the code (once); safe to call again. */
  load: () => Promise<unknown>;
  render: (props: P) => ReactNode;
}

/**
 * A component whose code loads on demand and, once loaded, renders directly. Until then it shows
 * a loading placeholder, and swaps in the component when the code has come, without Suspense: a
 * Suspense fallback, once shown, stays for at least 300 ms (React throttles the reveal), longer
 * than most stages take to arrive and draw. A code file that fails to load is thrown to the
 * route's error boundary, as React.lazy would.
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
  function Host(props: P) {
    const [component, setComponent] = useState(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (component) return;
      let live = true;
      load().then(
        () => live && setComponent(() => loaded),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (failure) throw failure.error;
    if (component) return createElement(component, props);
    return <p className="loading-inline" aria-busy="true" />;
  }
  return { load, render: (props) => createElement(Host, props) };
}
