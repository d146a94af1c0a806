import i18next, { type i18n } from 'i18next';
import { italianPrepositions, withItalianArticle } from '../lib/italian-articles';
import type { Catalog } from './en';
import type { StagesCatalog } from './stage-strings';

export const languages = ['en', 'it'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'rotta.language';

/** Italian for any `it*` browser language, English otherwise; a choice made in the app wins. */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (stored === 'en' || stored === 'it') return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? 'en';
  return first.startsWith('it') ? 'it' : 'en';
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * Each language comes in two chunks: what the first screen says (the app's header and messages,
 * the library) and everything else, gathered from the features' own `i18n/` folders (the roadmap
 * pages, the stages' tools, forms and file problems, the sample roadmap). A visitor downloads
 * only their language, and the second part only once a roadmap, a form or a file's problems need
 * it, which keeps the first screen light.
 */
const catalogLoaders: Record<Language, () => Promise<Catalog>> = {
  en: () => import('./en').then((module) => module.en),
  it: () => import('./it').then((module) => module.it),
};
type StagesCatalogLoaders = Record<Language, () => Promise<StagesCatalog>>;
// The stages' strings live with the stages; the app says where (src/app/i18n/stage-catalogs.ts).
let stagesCatalogLoaders: StagesCatalogLoaders | null = null;

export function registerStagesCatalogs(loaders: StagesCatalogLoaders): void {
  stagesCatalogLoaders = loaders;
}

/** The stages' strings in one language, whether or not it is the UI language. */
export function loadStagesCatalog(language: Language): Promise<StagesCatalog> {
  if (!stagesCatalogLoaders) throw new Error('The stages catalogs were not registered');
  return stagesCatalogLoaders[language]();
}

const stagesLoaded = new Set<Language>();
let stagesWanted = false;

async function ensureCatalogs(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogLoaders[language]());
  }
  if (stagesWanted && !stagesLoaded.has(language)) {
    const stages = await loadStagesCatalog(language);
    // Deep merge into the frame's bundle: the two parts have no key in common (a test checks).
    i18next.addResourceBundle(language, 'translation', stages, true, false);
    stagesLoaded.add(language);
  }
}

/** Loads the stages' strings in the current language, and from then on with any language chosen. */
export async function ensureStagesCatalog(): Promise<void> {
  stagesWanted = true;
  await ensureCatalogs(i18next.language === 'it' ? 'it' : 'en');
}

/**
 * Italian catalogs write an article or articulated preposition before a number or a date as a
 * formatter, `{{date, dal}}`, which picks “dal 12 gen” or “dall’11 gen” from the value.
 */
export function addItalianArticleFormatters(instance: i18n): void {
  for (const preposition of italianPrepositions) {
    instance.services.formatter?.add(preposition, (value: unknown) =>
      withItalianArticle(preposition, value),
    );
  }
}

/** Starts i18next with the detected (or given) language; resolves once its catalog is loaded. */
export async function initI18n(language?: Language) {
  const lng =
    language ?? detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  const catalog = await catalogLoaders[lng]();
  await i18next.init({
    resources: { [lng]: { translation: catalog } },
    lng,
    // The catalogs have the same keys (a test checks), so there is nothing to fall back to.
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes text already.
    returnObjects: true,
  });
  addItalianArticleFormatters(i18next);
  document.documentElement.lang = lng;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureCatalogs(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
}
