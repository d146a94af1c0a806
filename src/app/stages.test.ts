import { describe, expect, it } from 'vitest';
import { stageTableEntries } from '../core/stage-descriptor';
import { registerStages } from '../core/stage-registry';
import { declaredWriteNames, findWrite } from '../core/write/define-write';
import { coreTableNames } from '../db/database';
import { databaseVersions } from '../db/schema-history';
import { stageSlugs } from '../lib/stages';
import { enStages as en } from './i18n/en-stages';
import { itStages as italian } from './i18n/it-stages';
import { stages } from './stages';
import { loadWriteModules } from './write-modules';

/** The store strings in force after every shipped version ran (null deletes a table). */
function latestStores(): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const entry of databaseVersions) {
    for (const [table, indexes] of Object.entries(entry.stores)) {
      if (indexes === null) delete stores[table];
      else stores[table] = indexes;
    }
  }
  return stores;
}

describe('the stage list', () => {
  it('has one descriptor per stage slug, in the order of the URL contract', () => {
    expect(stages.map((stage) => stage.slug)).toEqual([...stageSlugs]);
  });

  it('declares every stage table exactly as the latest database version stores it', () => {
    const stores = latestStores();
    const declared = Object.fromEntries(
      stageTableEntries(stages).map(([name, table]) => [name, table.indexes]),
    );
    const stageStores = Object.fromEntries(
      Object.entries(stores).filter(
        ([name]) => !(coreTableNames as readonly string[]).includes(name),
      ),
    );
    expect(stageStores).toEqual(declared);
  });

  it('leaves only the core tables to the app, each present in the latest version', () => {
    const stageTables = new Set<string>(stageTableEntries(stages).map(([name]) => name));
    const others = Object.keys(latestStores()).filter((name) => !stageTables.has(name));
    expect(others.sort()).toEqual([...coreTableNames].sort());
  });

  it('names each table once, in one stage only', () => {
    const names = stageTableEntries(stages).map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads in its progress rules only tables some stage declares', () => {
    const names: string[] = stageTableEntries(stages).map(([name]) => name);
    for (const stage of stages) {
      for (const table of Object.keys(stage.progress?.reads ?? {})) expect(names).toContain(table);
      for (const table of stage.mapTables ?? []) expect(names).toContain(table);
    }
  });

  it('finds the module of every declared write by the write’s name, as a draft replay does', async () => {
    registerStages(stages);
    await Promise.all(stages.map((stage) => stage.writes?.()));
    const names = declaredWriteNames();
    const prefixes = new Set(names.map((name) => name.split('.')[0]));
    for (const slug of stageSlugs.filter((slug) => slug !== 'strategy-map')) {
      expect(prefixes, slug).toContain(slug);
    }
    // Every prefix is a stage's slug or one of the app's own.
    const known = new Set<string>([...stageSlugs, 'roadmaps', 'notes']);
    expect([...prefixes].filter((prefix) => !known.has(prefix ?? ''))).toEqual([]);
    await loadWriteModules(['roadmaps.update', 'notes.save']);
    expect(findWrite('notes.save')).toBeDefined();
  });

  it('names every table in words in both languages, for messages about a file', () => {
    const names = stageTableEntries(stages).map(([name]) => name);
    const labelled = (tables: Record<string, string>) =>
      names.filter((name) => !(typeof tables[name] === 'string' && tables[name] !== ''));
    expect(labelled(en.importing.tables)).toEqual([]);
    expect(labelled(italian.importing.tables)).toEqual([]);
  });

  it('counts the rows of every table in words in both languages, for the limits', () => {
    const limits = [
      ...stageTableEntries(stages).map(([name, table]) => [name, table.maxRows] as const),
      ['stageNotes', stageSlugs.length] as const,
    ];
    // A limit of one needs the singular; every other limit is plural in both languages.
    const missing = (catalog: { row: object; rows: object }) =>
      limits.filter(([name, maximum]) => !(name in (maximum === 1 ? catalog.row : catalog.rows)));
    expect(missing(en.limits)).toEqual([]);
    expect(missing(italian.limits)).toEqual([]);
  });

  it('caps the tables that follow from others at what those allow', () => {
    const limit = (table: string) =>
      stageTableEntries(stages).find(([name]) => name === table)?.[1].maxRows ?? NaN;
    // One score per subject, assessor and theme.
    expect(limit('scores')).toBe(limit('subjects') * limit('assessors') * 2);
    // One rollout per channel.
    expect(limit('rollouts')).toBe(limit('channels'));
    // A required and a current level per role, a current one per person, for each competency.
    expect(limit('competencyLevels')).toBe(
      (limit('trainingRoles') * 2 + limit('trainingPeople')) * limit('competencies'),
    );
  });
});
