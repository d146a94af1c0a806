import i18next from 'i18next';
import { liveRoomEn } from '../i18n/en';
import { liveRoomIt } from '../i18n/it';

export type PhoneLanguage = 'en' | 'it';
const storageKey = 'rotta.language';

/**
 * The join page's language: the one the laptop's link asks for (`?lng=it`), else one chosen on
 * this phone before, else the phone's own. It carries only the live room's strings.
 */
export function phoneLanguage(
  search: string,
  stored: string | null,
  browser: string,
): PhoneLanguage {
  const asked = new URLSearchParams(search).get('lng');
  for (const candidate of [asked, stored]) {
    if (candidate === 'en' || candidate === 'it') return candidate;
  }
  return browser.toLowerCase().startsWith('it') ? 'it' : 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export async function initPhoneI18n(): Promise<void> {
  const lng = phoneLanguage(location.search, storedLanguage(), navigator.language ?? 'en');
  await i18next.init({
    resources: { en: { translation: liveRoomEn }, it: { translation: liveRoomIt } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  document.documentElement.lang = lng;
}

export async function switchPhoneLanguage(language: PhoneLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice lasts for this visit.
  }
}
