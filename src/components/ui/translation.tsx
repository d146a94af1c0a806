import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import {
  createContext,
  use,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

/** What `useTranslation()` gives: `t` for the default namespace, and the i18next instance. */
type Translation = [TFunction<'translation', undefined>, I18n, boolean] & {
  t: TFunction<'translation', undefined>;
  i18n: I18n;
  ready: boolean;
};
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

const onLanguageChange = (changed: () => void) => {
  i18next.on('languageChanged', changed);
  return () => i18next.off('languageChanged', changed);
};
const currentLanguage = () => i18next.language;

/**
 * The tree's one subscription to i18next (the app's instance, started by `initI18n`): every
 * component that translates takes `t` from here, and renders again when the language changes.
 * What it hands down changes only with the language, with a `t` that keeps its texts (see
 * keepingTexts). Written here rather than taken from react-i18next, whose hook made a wrapper of
 * the whole i18next instance for each component on its first render (a sixth of a large stage's
 * first render), and whose 2 KB every page loaded for this one subscription.
 */
export const TranslationProvider = ({ children }: { children: ReactNode }) => {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  const keeping = useMemo(
    () => keepingTexts(i18next.getFixedT(language) as unknown as Translate),
    [language],
  );
  useEffect(() => {
    // A catalog part (the stages' strings) can arrive once the tree is drawn.
    i18next.store.on('added', keeping.clear);
    return () => i18next.store.off('added', keeping.clear);
  }, [keeping]);
  const value = useMemo(() => {
    const t = keeping.t as unknown as Translation['t'];
    const ready = i18next.isInitialized;
    return Object.assign([t, i18next, ready], { t, i18n: i18next, ready }) as Translation;
  }, [keeping]);
  return <SharedTranslation value={value}>{children}</SharedTranslation>;
};

/**
 * `t` and `i18n` as react-i18next's `useTranslation()` would give them, from the provider above.
 * Every root renders one (main.tsx, join.tsx, the tests' renderWithProviders); without it this
 * fails at the first component that translates.
 */
export const useTranslation = (): Translation => use(SharedTranslation)!;
