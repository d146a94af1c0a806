import { problemText } from '../components/ui/use-problem-text';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { addItalianArticleFormatters, detectLanguage, languages, type Language } from './i18n';
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

  it('leave the article before a number or a date to the value (“l’8 mar”, “lo 0%”)', () => {
    // “il {{date}}” cannot say “l’8 mar”; `{{date, il}}` picks the form. Ranges (“da 2 a 4”) keep
    // bare numbers, which need no article; a name after “a” needs a noun (“alla fase …”).
    const bareArticle = /\b(il|lo|dal|al|del|nel|sul)\s\{\{|(^|\s)[aA]\s\{\{/;
    const range = /\b[Dd]a \{\{\w+\}\} a \{\{\w+\}\}|(superiore|inferiore) a \{\{/g;
    const found = allCatalogs('it').flatMap(([name, catalog]) =>
      leaves(catalog)
        .filter(([, value]) => typeof value === 'string')
        .filter(([, value]) => bareArticle.test(String(value).replace(range, '')))
        .map(([path, value]) => `${name}: ${path}: ${String(value)}`),
    );
    expect(found).toEqual([]);
  });

  it('call a stage a “tappa” in Italian; a “fase” is only a phase of the customer journey', () => {
    const stageAsPhase = /\bfas[ei] (\d|go live)/i;
    const found = allCatalogs('it').flatMap(([name, catalog]) =>
      leaves(catalog)
        .filter(([, value]) => typeof value === 'string' && stageAsPhase.test(value))
        .map(([path, value]) => `${name}: ${path}: ${String(value)}`),
    );
    expect(found).toEqual([]);
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
    addItalianArticleFormatters(instance);
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

  it('put the right article before Italian numbers and dates', async () => {
    const t = await translator('it');
    expect(t('goals.startOn', { date: '11 gen 2027' })).toBe('dall’11 gen 2027');
    expect(t('goals.startOn', { date: '12 gen 2027' })).toBe('dal 12 gen 2027');
    expect(t('goLive.launch.onDate', { date: '8 mar 2027' })).toBe('Go live l’8 mar 2027');
    expect(t('channels.reason.weak.survey', { status: 'Debole', share: '0' })).toBe(
      'Debole, ma solo lo 0% dei clienti intervistati lo userebbe',
    );
    expect(t('kpis.log.remove', { date: '1 feb 2027' })).toBe('Elimina il valore dell’1 feb 2027');
    expect(t('training.modules.dates', { start: '18 gen 2027', end: '8 feb 2027' })).toBe(
      'dal 18 gen 2027 all’8 feb 2027',
    );
    expect(t('journey.touchpoints.addTo', { phase: 'Acquisto' })).toBe(
      'Aggiungi punto di contatto alla fase Acquisto',
    );
  });

  it('say one in the singular and zero in words', async () => {
    const t = await translator('it');
    expect(t('strategyMap.map.more', { count: 1 })).toBe('un altro');
    expect(t('strategyMap.map.more', { count: 2 })).toBe('altri 2');
    expect(t('kpis.import.done', { count: 1, added: 1, replaced: 0 })).toBe(
      'Importato 1 valore (nuovi: 1, sostituiti: 0).',
    );
    expect(t('strategyMap.map.goLive.checklist', { done: 1, count: 10 })).toBe(
      '1 su 10 voci completate',
    );
    expect(t('journey.deletePhaseBodyEmpty')).toContain('nessun punto di contatto');
    expect(t('library.stagesStarted', { count: 1 })).toBe('1 avviata');
    expect(t('channels.competitorsOfferNone', { count: 4 })).toBe(
      'nessuno dei concorrenti lo offre (4 in tutto)',
    );
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
