import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { it } from './it';

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

export function initI18n(language?: Language) {
  const lng =
    language ?? detectLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, it: { translation: it } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes text already.
    returnObjects: true,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
}
