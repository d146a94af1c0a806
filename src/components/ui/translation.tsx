import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import {
  useTranslation as useI18nextTranslation,
  type FallbackNs,
  type UseTranslationResponse,
} from 'react-i18next';

/** What `useTranslation()` without arguments returns: the default namespace, no key prefix. */
type Translation = UseTranslationResponse<FallbackNs<undefined>, undefined>;
type Translate = (key: unknown, options?: unknown) => unknown;

const SharedTranslation = createContext<Translation | null>(null);

/** The most texts kept; past it the cache starts again (a stage asks for a few hundred). */
const cacheLimit = 5000;

/**
 * Where a key and its options are a text's whole input, its cache key: options made only of
 * strings, numbers and booleans. Anything else (an object, a function) is translated each time.
 */
function cacheKey(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let text = key;
  for (const [name, value] of Object.entries(options)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') return null;
    text += `\u0000${name}\u0001${kind[0]}${String(value)}`;
  }
  return text;
}

/**
 * `t` with the texts it has made kept, for one language. i18next takes 10 to 20 µs a call to
 * resolve a key, its plural and its values; a stage of forty channels asks for the same status
 * names and verdicts hundreds of times in a render, a quarter of its first frame. A text depends
 * only on the language, the key and the options, and the catalogs only grow (their two parts share
 * no key), so a kept text stays right; `clear` empties the cache when a catalog part arrives, and
 * a key not found yet (i18next gives the key back) is never kept.
 */
function keepingTexts(t: Translate): { t: Translate; clear: () => void } {
  const texts = new Map<string, string>();
  const keeping: Translate = (key, options) => {
    const cached = cacheKey(key, options);
    if (cached === null) return t(key, options);
    const kept = texts.get(cached);
    if (kept !== undefined) return kept;
    const text = t(key, options);
    if (typeof text === 'string' && text !== key) {
      if (texts.size >= cacheLimit) texts.clear();
      texts.set(cached, text);
    }
    return text;
  };
  return { t: keeping, clear: () => texts.clear() };
}

/**
 * The tree's one subscription to i18next. react-i18next's hook copies the whole i18next instance
 * into a wrapper for each component that calls it, on that component's first render: hundreds of
 * copies on a stage of a large roadmap, about a sixth of the stage's first render. What the hook
 * returns changes only with the language, so it is taken once here and handed down, with a `t`
 * that keeps its texts (see keepingTexts); a language change still renders every component that
 * translates.
 */
export const TranslationProvider = ({ children }: { children: ReactNode }) => {
  const translation = useI18nextTranslation();
  const { t, i18n, ready } = translation;
  const keeping = useMemo(() => keepingTexts(t as Translate), [t]);
  useEffect(() => {
    // A catalog part (the stages' strings) can arrive once the tree is drawn.
    i18n.store.on('added', keeping.clear);
    return () => i18n.store.off('added', keeping.clear);
  }, [i18n, keeping]);
  const value = useMemo(
    () => Object.assign([keeping.t, i18n, ready], { t: keeping.t, i18n, ready }) as Translation,
    [keeping, i18n, ready],
  );
  return <SharedTranslation value={value}>{children}</SharedTranslation>;
};

/**
 * `t` and `i18n` as react-i18next's `useTranslation()` gives them, from the provider above. Every
 * root renders one (main.tsx, join.tsx, the tests' renderWithProviders); without it this fails
 * at the first component that translates.
 */
export const useTranslation = (): Translation => use(SharedTranslation)!;
