import { problemText } from '../components/ui/use-problem-text';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLanguage, languages, type Language } from './i18n';
import { it as italian } from './it';

type Strings = Record<string, unknown>;

// Every stage's strings, straight from its folder: the same files the app's stage chunks gather.
const stageModules: Record<Language, Record<string, Record<string, Strings>>> = {
  en: import.meta.glob('../features/*/i18n/en.ts', { eager: true }),
  it: import.meta.glob('../features/*/i18n/it.ts', { eager: true }),
};
const stageOf = (path: string) => path.replace(/^\.\.\/features\/([^/]+)\/i18n\/.*$/, '$1');
function stageCatalogs(language: Language): Map<string, Strings> {
  const catalogs = new Map<string, Strings>();
  for (const [path, exported] of Object.entries(stageModules[language])) {
    catalogs.set(stageOf(path), Object.assign({}, ...Object.values(exported)) as Strings);
  }
  return catalogs;
}
const stages = { en: stageCatalogs('en'), it: stageCatalogs('it') };
const frame: Record<Language, Strings> = { en, it: italian };

/** Every string's path, a list counting as one value. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'string' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Strings).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The key paths with plural forms folded into one `key_#plural`, and the forms found per key. */
function shape(catalog: unknown) {
  const keys = new Set<string>();
  const forms = new Map<string, Set<string>>();
  for (const [path, value] of leaves(catalog)) {
    const form = pluralSuffix.exec(path)?.[1];
    if (!form) {
      keys.add(Array.isArray(value) ? `${path}[${value.length}]` : path);
      continue;
    }
    const base = path.replace(pluralSuffix, '');
    keys.add(`${base}_#plural`);
    forms.set(base, (forms.get(base) ?? new Set()).add(form));
  }
  return { keys: [...keys].sort(), forms };
}

const allCatalogs = (language: Language): [string, Strings][] => [
  ['frame', frame[language]],
  ...stages[language],
];

describe('catalogs', () => {
  it('give every stage that has English strings Italian ones too, and the other way round', () => {
    expect([...stages.it.keys()].sort()).toEqual([...stages.en.keys()].sort());
    expect(stages.en.size).toBeGreaterThanOrEqual(8);
  });

  it('have exactly the same keys in Italian and English, lists of the same length', () => {
    for (const [name, catalog] of allCatalogs('en')) {
      const other = name === 'frame' ? frame.it : stages.it.get(name);
      expect(shape(other).keys, name).toEqual(shape(catalog).keys);
    }
  });

  it('give every plural key exactly the forms its language’s plural rules ask for', () => {
    const wrong: string[] = [];
    for (const language of languages) {
      const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
      for (const [name, catalog] of allCatalogs(language)) {
        for (const [key, forms] of shape(catalog).forms) {
          const found = [...forms].sort().join(' ');
          if (found !== categories.sort().join(' '))
            wrong.push(`${language} ${name}: ${key} (${found})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('show a {{count}} only through plural forms', () => {
    const singular = languages.flatMap((language) =>
      allCatalogs(language).flatMap(([name, catalog]) =>
        leaves(catalog)
          .filter(([, value]) => typeof value === 'string' && value.includes('{{count'))
          .filter(([path]) => !pluralSuffix.test(path))
          .map(([path]) => `${language} ${name}: ${path}`),
      ),
    );
    expect(singular).toEqual([]);
  });

  it('have no hand-made plural such as “item(s)”', () => {
    const handMade = /\w\((s|i|e|es)\)|\w\/(i|e)\b/;
    for (const language of languages) {
      for (const [name, catalog] of allCatalogs(language)) {
        const found = leaves(catalog)
          .filter(([, value]) => typeof value === 'string' && handMade.test(value))
          .map(([path, value]) => `${language} ${name}: ${path}: ${String(value)}`);
        expect(found).toEqual([]);
      }
    }
  });

  it('keep each section in one place, so merging the frame and the stages loses nothing', () => {
    const owners = new Map<string, string[]>();
    for (const [name, catalog] of allCatalogs('en')) {
      for (const section of Object.keys(catalog)) {
        owners.set(section, [...(owners.get(section) ?? []), name]);
      }
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('have no empty string', () => {
    for (const language of languages) {
      for (const [name, catalog] of allCatalogs(language)) {
        const empties = leaves(catalog).filter(([, value]) => value === '');
        expect(empties.map(([path]) => `${language} ${name}: ${path}`)).toEqual([]);
      }
    }
  });
});

describe('plurals', () => {
  async function translator(language: Language) {
    const bundle = Object.assign({}, frame[language], ...stages[language].values()) as Strings;
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      fallbackLng: false,
      resources: { [language]: { translation: bundle } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  }
  const room = { mean: '3', min: '2', max: '4' };

  it('count the rows of a full table in a limit message, with the number formatted', async () => {
    const full = { key: 'limits.full', values: { maximum: 50_000, table: 'measurements' } };
    const tooMany = { key: 'limits.fileTooMany', values: { maximum: 12, table: 'journeyPhases' } };
    const italian = (await translator('it')) as unknown as Parameters<typeof problemText>[1];
    const english = (await translator('en')) as unknown as Parameters<typeof problemText>[1];
    expect(problemText(full, italian)).toContain('ha già 50.000 valori dei KPI');
    expect(problemText(full, english)).toContain('already has 50,000 KPI values');
    expect(problemText(tooMany, italian)).toContain('più di 12 fasi del percorso');
    expect(problemText(tooMany, english)).toContain('more than 12 journey phases');
  });

  it('follow the Italian rules: 1 voto, 2 voti, 1000000 di voti', async () => {
    const t = await translator('it');
    expect(t('startingPoint.roomResult', { ...room, count: 1 })).toBe('Sala: 3 (da 2 a 4, 1 voto)');
    expect(t('startingPoint.roomResult', { ...room, count: 2 })).toBe('Sala: 3 (da 2 a 4, 2 voti)');
    expect(t('startingPoint.roomResult', { ...room, count: 1_000_000 })).toContain('di voti');
    expect(t('goals.count', { count: 0 })).toBe('0 obiettivi');
  });

  it('follow the English rules and group the digits of a count when the text asks for it', async () => {
    const t = await translator('en');
    expect(t('startingPoint.roomResult', { ...room, count: 1 })).toBe(
      'Room: 3 (range 2–4, 1 scored)',
    );
    expect(t('startingPoint.roomResult', { ...room, count: 3 })).toBe(
      'Room: 3 (range 2–4, 3 scored)',
    );
    expect(t('survey.csv.importRows', { count: 20_000 })).toBe('Import 20,000 responses');
    expect(t('survey.csv.importRows', { count: 1 })).toBe('Import 1 response');
  });
});

describe('detectLanguage', () => {
  it('picks Italian for any Italian browser language and English otherwise', () => {
    expect(detectLanguage(null, ['it-IT', 'en'])).toBe('it');
    expect(detectLanguage(null, ['it-CH'])).toBe('it');
    expect(detectLanguage(null, ['de-DE', 'it'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });

  it('lets a stored choice win over the browser', () => {
    expect(detectLanguage('en', ['it-IT'])).toBe('en');
    expect(detectLanguage('it', ['en-GB'])).toBe('it');
    expect(detectLanguage('fr', ['en-GB'])).toBe('en');
  });
});
