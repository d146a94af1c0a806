import { createElement, use, type ComponentType } from 'react';

/**
 * A component whose code loads on demand, once. Once its code is here it draws at once, in the
 * render that first shows it; before that it suspends until the code arrives. (React.lazy shows
 * its fallback at least once, and keeps a fallback, once shown, for at least 300 ms.) Whoever
 * shows it can `preload` the code first, so it never suspends at all. A failed load (a new version
 * deployed, the network away) is tried again next time.
 */
export function loadedOnce<Props extends object = object>(
  load: () => Promise<ComponentType<Props>>,
): { preload: () => Promise<ComponentType<Props>>; Component: ComponentType<Props> } {
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  function Component(props: Props) {
    return createElement(loaded ?? use(preload()), props);
  }
  return { preload, Component };
}
