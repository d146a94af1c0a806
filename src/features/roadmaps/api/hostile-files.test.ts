import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemText } from '../../../components/ui/use-problem-text';
import { roadmapFileSchemas } from '../../../core/file/roadmap-file';
import { loadStages } from '../../../core/stage-registry';
import { db } from '../../../db/database';
import { en } from '../../../i18n/en';
import { it as italian } from '../../../i18n/it';
import type { Problem } from '../../../lib/describe-issue';
import { makeRoadmapFile } from '../../../test/generators';
import { countAllRows, resetDatabase } from '../../../test/reset-database';
import { enStages } from '../../../app/i18n/en-stages';
import { itStages } from '../../../app/i18n/it-stages';
import type { RoadmapFile } from '../../../core/file/roadmap-file';
import { importRoadmapFromFile, restoreBackupFromFile } from './roadmap-files';

/**
 * The hostile-file corpus: every case a person or a broken tool has handed the importer, fed
 * through the same path as the file input (a File, read, checked, written), in English and
 * Italian. A refused file writes nothing and says what and where in words; an accepted one adds
 * one whole roadmap. The generated half of the corpus is `import.property.test.ts`.
 */

type Translate = Parameters<typeof problemText>[1];
type Json = Record<string, unknown>;

async function translator(language: 'en' | 'it'): Promise<Translate> {
  const instance = i18next.createInstance();
  const bundle = language === 'en' ? { ...en, ...enStages } : { ...italian, ...itStages };
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: bundle } },
    interpolation: { escapeValue: false },
  });
  return instance.t as unknown as Translate;
}

const translators: Partial<Record<'en' | 'it', Translate>> = {};

/** What a plain message must never show: a JS error, a code path, a catalog key, a raw value. */
const unplain = [
  /undefined|NaN|\[object|Error\b|Maximum call stack|{{|}}/,
  // The JSON parser's own English.
  /Unexpected|Unterminated|Expected|position \d/,
  /\b(validation|importing|limits|storage)\.\w/,
  /\brows\.\w/,
  // A field name in code form ("baselineDate") where words were due.
  /(field|campo) “[a-z]+[A-Z]\w*”/,
];

function expectPlain(problems: Problem[], messages: string[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    // "This value is not in the expected form." says neither what nor how.
    expect(problem.key).not.toBe('validation.format');
  }
  for (const message of messages) {
    expect(message.length, message).toBeLessThan(400);
    for (const pattern of unplain) expect(message, message).not.toMatch(pattern);
  }
}

const base = () =>
  makeRoadmapFile(11, {
    competitors: 2,
    assessors: 2,
    goals: 2,
    channels: 3,
    kpis: 2,
    actualsPerKpi: 3,
    phases: 2,
    touchpoints: 3,
    roles: 1,
    people: 2,
    competencies: 2,
    modules: 1,
    goLive: true,
  });

/** A copy of a valid file with one change, as a hand or another tool would make it. */
function edited(change: (file: RoadmapFile & Json) => void): string {
  const file = structuredClone(base()) as RoadmapFile & Json;
  change(file);
  return JSON.stringify(file);
}

const asFile = (text: string, name = 'hostile.rotta.json') =>
  new File([text], name, { type: 'application/json' });

/** The 13 fields people type that the issue found a control character breaking. */
const typedFields: [string, (file: RoadmapFile, text: string) => void][] = [
  ['roadmap name', (file, text) => (file.roadmap.name = text)],
  ['roadmap company', (file, text) => (file.roadmap.company = text)],
  ['roadmap author', (file, text) => (file.roadmap.author = text)],
  ['goal title', (file, text) => (file.rows.goals[0]!.title = text)],
  ['goal unit', (file, text) => (file.rows.goals[0]!.unit = text)],
  ['goal benefit', (file, text) => (file.rows.goals[0]!.benefit = text)],
  ['channel name', (file, text) => (file.rows.channels[1]!.name = text)],
  ['KPI name', (file, text) => (file.rows.kpis[0]!.name = text)],
  ['KPI unit', (file, text) => (file.rows.kpis[0]!.unit = text)],
  ['phase name', (file, text) => (file.rows.journeyPhases[0]!.name = text)],
  ['touchpoint description', (file, text) => (file.rows.touchpoints[0]!.description = text)],
  ['role name', (file, text) => (file.rows.trainingRoles[0]!.name = text)],
  ['module title', (file, text) => (file.rows.trainingModules[0]!.title = text)],
];

const controlCharacters = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (character) => !['\t', '\n', '\r'].includes(character),
  ),
  '\uFFFE',
  '\uFFFF',
];

const deeplyNested = `${'['.repeat(12_000)}${']'.repeat(12_000)}`;

/** Refused files: the cases and the classic ones, each with what the message must say. */
const refused: { name: string; text: string; says: RegExp; backup?: boolean }[] = [
  ...typedFields.map(([field, set]) => ({
    name: `U+000B in the ${field}`,
    text: edited((file) => set(file, 'Line one\u000bline two')),
    says: /control character/,
  })),
  ...controlCharacters.map((character) => ({
    name: `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} in the name`,
    text: edited((file) => (file.roadmap.name = `Libeccio${character}Air`)),
    says: /control character.*roadmap details, field “name”/,
  })),
  {
    name: 'a current file that claims version 1',
    text: edited((file) => (file.version = 1)),
    says: /version 1.*competitors and own company.*goals/,
  },
  {
    name: 'a current file that claims version 4',
    text: edited((file) => (file.version = 4)),
    says: /version 4.*roles/,
  },
  {
    name: 'arrays nested 12,000 levels',
    text: edited((file) => (file.roadmap.notes = '@deep@')).replace('"@deep@"', deeplyNested),
    says: /nests lists or objects more than 64 levels/,
  },
  {
    name: '1e309 as a goal baseline',
    text: edited((file) => (file.rows.goals[0]!.baseline = 4242)).replace('4242', '1e309'),
    says: /too large to be stored.*goals, row 1, field “baseline”/,
  },
  {
    name: 'a score of 1e300',
    text: edited((file) => (file.rows.scores[0]!.value = 1e300)),
    says: /too large to be stored.*scores, row 1, field “value”/,
  },
  {
    name: 'a score of 2.5',
    text: edited((file) => (file.rows.scores[0]!.value = 2.5)),
    says: /whole number.*scores, row 1/,
  },
  {
    name: 'a measurement with no date',
    text: edited((file) => delete (file.rows.measurements[0] as Partial<Json>).date),
    says: /missing.*KPI values, row 1, field “date”/,
  },
  {
    name: 'a measurement whose date is null',
    text: edited((file) => ((file.rows.measurements[0] as Json).date = null)),
    says: /empty.*KPI values, row 1, field “date”/,
  },
  {
    name: 'a goal deadline that is a number',
    text: edited((file) => ((file.rows.goals[1] as Json).deadline = 20261231)),
    says: /date like 2026-03-31, or leave it empty.*goals, row 2, field “deadline”/,
  },
  {
    name: 'a workshop date written the Italian way',
    text: edited((file) => (file.roadmap.workshopDate = '31/03/2026')),
    says: /date like 2026-03-31.*roadmap details, field “workshop date”/,
  },
  {
    name: 'a KPI baseline written as text',
    text: edited((file) => ((file.rows.kpis[0] as Json).baseline = '42')),
    says: /Should be a number, not text.*KPIs, row 1, field “baseline”/,
  },
  {
    name: 'a list of touchpoints that is an object',
    text: edited((file) => ((file.rows as Json).touchpoints = {})),
    says: /Should be a list, not a group of fields.*touchpoints/,
  },
  {
    name: 'an unknown field whose name is a megabyte long',
    text: edited((file) => ((file.roadmap as Json)['k'.repeat(1_000_000)] = 1)),
    says: /Unknown fields: “k{40}…”\. \(in the roadmap details\)/,
  },
  {
    name: 'a measurement dated 9999-12-31',
    text: edited((file) => (file.rows.measurements[2]!.date = '9999-12-31')),
    says: /dated in the future.*KPI values, row 3, field “date”/,
  },
  {
    name: '601 touchpoints',
    text: JSON.stringify(makeRoadmapFile(12, { channels: 1, phases: 1, touchpoints: 601 })),
    says: /more than 600 touchpoints/,
  },
  {
    name: 'a survey answer for a channel not in the file',
    text: edited((file) => {
      file.rows.surveys = [
        {
          ...file.rows.goals[0]!,
          id: 'survey-x',
          respondents: 10,
          answers: [{ channelId: 'nowhere', count: 2, reasons: '' }],
        } as never,
      ];
    }),
    says: /points at a row that is not in the file.*survey, row 1, field “answers 1 › channel”/,
  },
  {
    name: 'a __proto__ key',
    text: edited((file) => (file.roadmap.name = '@proto@')).replace(
      '"roadmap":{',
      '"roadmap":{"__proto__":{"isAdmin":true},',
    ),
    says: /field name that is not allowed/,
  },
  { name: 'a file cut in half', text: edited(() => {}).slice(0, 900), says: /ends too early/ },
  {
    name: 'a stray bracket on line 2',
    text: `${edited(() => {})}\n]`,
    says: /not valid JSON: something is wrong at line 2, column 1/,
  },
  { name: 'an empty file', text: '  \n', says: /The file is empty/ },
  { name: 'a CSV', text: 'name;score\nLibeccio;4\n', says: /not valid JSON: it is not a file/ },
  { name: 'a JSON number', text: '42', says: /not a Rotta roadmap file/ },
  {
    name: 'a file from a newer Rotta',
    text: edited((file) => (file.version = 99)),
    says: /newer Rotta \(file version 99/,
  },
  {
    name: 'a version that is not a number',
    text: edited((file) => ((file as Json).version = 'five')),
    says: /version is missing or not a whole number/,
  },
  {
    name: 'a backup whose second roadmap has a control character',
    backup: true,
    text: JSON.stringify({
      format: 'rotta-backup',
      version: 1,
      exportedAt: base().exportedAt,
      roadmaps: [
        makeRoadmapFile(13),
        { ...makeRoadmapFile(14), roadmap: { ...makeRoadmapFile(14).roadmap, name: 'A\u0000B' } },
      ],
    }),
    says: /roadmap 2 of the backup, in the roadmap details, field “name”/,
  },
];

beforeAll(async () => {
  await loadStages();
  translators.en = await translator('en');
  translators.it = await translator('it');
});
beforeEach(resetDatabase);

describe('the hostile-file corpus, through the import path', () => {
  it.each(refused)('refuses $name, writing nothing and saying why in words', async (entry) => {
    const before = await countAllRows();
    const outcome = entry.backup
      ? await restoreBackupFromFile(asFile(entry.text, 'backup.json'))
      : await importRoadmapFromFile(asFile(entry.text));
    if (outcome.ok) throw new Error(`${entry.name} was imported`);
    expect(await countAllRows()).toBe(before);
    expect(({} as Json).isAdmin).toBeUndefined();

    const english = outcome.problems.map((problem) => problemText(problem, translators.en!));
    const italianText = outcome.problems.map((problem) => problemText(problem, translators.it!));
    expectPlain(outcome.problems, [...english, ...italianText]);
    expect(english.join(' ')).toMatch(entry.says);
  });

  it('reads -0 as zero and imports the whole roadmap', async () => {
    const text = edited((file) => (file.rows.measurements[0]!.value = 4242)).replace('4242', '-0');
    const outcome = await importRoadmapFromFile(asFile(text));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const values = await db.table('measurements').where('roadmapId').equals(outcome.value.id);
    expect(
      (await values.toArray()).some((row: { value: number }) => Object.is(row.value, -0)),
    ).toBe(false);
    expect(await values.count()).toBe(base().rows.measurements.length);
  });

  it('names every field of the file format in words, in both languages', () => {
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Json }).properties;
      if (properties) Object.keys(properties).forEach((name) => names.add(name));
      Object.values(node).forEach(walk);
    };
    walk(z.toJSONSchema(roadmapFileSchemas().file, { io: 'input' }));
    const tables = new Set(Object.keys(enStages.importing.tables));
    const fields = [...names].filter((name) => !tables.has(name) && name !== 'rows');
    expect(fields.length).toBeGreaterThan(80);
    const missing = fields.filter(
      (name) => !(name in enStages.fileFields) || !(name in itStages.fileFields),
    );
    expect(missing).toEqual([]);
  });
});
