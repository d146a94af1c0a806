import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useIsPresenting } from './use-presenting-class';
import { drawAllEvent } from './when-visible';

const storagePrefix = 'rotta.fold.';

function readStored(name: string): boolean | null {
  try {
    const stored = sessionStorage.getItem(storagePrefix + name);
    return stored === null ? null : stored === '1';
  } catch {
    return null;
  }
}

function remember(name: string, isOpen: boolean) {
  try {
    sessionStorage.setItem(storagePrefix + name, isOpen ? '1' : '0');
  } catch {
    // Without storage the fold simply starts in its default state on the next visit.
  }
}

/**
 * Whether a fold (or any show-more control) is open, remembered for the session under `name`;
 * `defaultOpen` until the team chooses.
 */
export function useRememberedOpen(
  name: string,
  defaultOpen: boolean,
): [isOpen: boolean, setOpen: (isOpen: boolean) => void] {
  const [isOpen, setOpen] = useState(() => readStored(name) ?? defaultOpen);
  const change = useCallback(
    (next: boolean) => {
      setOpen(next);
      remember(name, next);
    },
    [name],
  );
  return [isOpen, change];
}

/**
 * Sent on window to build every lazy fold's content at once (folds stay as they are): a check's
 * "Go to" looks for a row that may sit in one.
 */
export const buildFoldsEvent = 'rotta:build-folds';

export interface FoldProps {
  /** Names the fold: its open or closed state lasts for the session under this name. */
  name: string;
  /** The closed line: what is inside, in numbers ("8 channels: 4 in use, 2 planned"). */
  summary: ReactNode;
  /** Open until the team folds it; long lists start closed. */
  defaultOpen?: boolean;
  className?: string;
  /**
   * Builds the content only once the fold is first opened (or printed, presented or made a PDF),
   * for long lists that would otherwise cost the stage's first frame while nobody sees them.
   */
  isLazy?: boolean;
  children: ReactNode;
}

/**
 * A long editing list folded behind a line that counts what it holds, so a projected stage shows
 * its result and stays a few screens long. A real disclosure (`<details>`), reachable and opened
 * by keyboard; whether it was left open lasts while the tab is open, across stages. Printing shows
 * the content (see print.css).
 */
export function Fold({
  name,
  summary,
  defaultOpen = false,
  className,
  isLazy = false,
  children,
}: FoldProps) {
  const [isOpen, setOpen] = useRememberedOpen(name, defaultOpen);
  // Presenting shows the result whole (its editing controls step aside by CSS), without
  // changing what the team left open or folded.
  const isPresenting = useIsPresenting();
  const [wasShown, setShown] = useState(false);
  const isBuilt = !isLazy || isOpen || isPresenting || wasShown;
  useEffect(() => {
    if (isBuilt) return;
    // Paper and the PDF show folds open: build the content before the page is laid out for them.
    const build = () => flushSync(() => setShown(true));
    window.addEventListener('beforeprint', build);
    window.addEventListener(drawAllEvent, build);
    window.addEventListener(buildFoldsEvent, build);
    return () => {
      window.removeEventListener('beforeprint', build);
      window.removeEventListener(drawAllEvent, build);
      window.removeEventListener(buildFoldsEvent, build);
    };
  }, [isBuilt]);
  return (
    <details
      className={className ? `fold ${className}` : 'fold'}
      open={isOpen || isPresenting}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        // Once built, the content stays: folding it again keeps what was being typed in it.
        setShown(true);
        if (!isPresenting && next !== isOpen) setOpen(next);
      }}
    >
      <summary className="fold-summary">{summary}</summary>
      <div className="fold-body">{isBuilt ? children : null}</div>
    </details>
  );
}

/** Opens every fold around `element`, so a "Go to" link can show and focus what it points at. */
export function revealInFolds(element: Element) {
  for (
    let fold = element.closest('details');
    fold;
    fold = fold.parentElement?.closest('details') ?? null
  ) {
    fold.open = true;
  }
}
