import { describe, expect, it } from 'vitest';
import { goalsEn as en } from '../i18n/en';
import { goalsIt as italian } from '../i18n/it';
import { goalCatalogKeys, goalFieldsSchema } from './goal';
import { goalCatalogue, goalDraft } from './goal-catalogue';

describe('goal catalogue', () => {
  it('has a default for each of the five goals of the method', () => {
    expect(Object.keys(goalCatalogue).sort()).toEqual([...goalCatalogKeys].sort());
  });

  it('points each goal the way the business wants it to move', () => {
    expect(goalCatalogue['fewer-calls'].direction).toBe('decrease');
    expect(goalCatalogue['lower-cost'].direction).toBe('decrease');
    expect(goalCatalogue['agent-productivity'].direction).toBe('increase');
    expect(goalCatalogue.satisfaction.direction).toBe('increase');
    expect(goalCatalogue['faster-response'].direction).toBe('decrease');
  });

  it('names every goal and its unit in both languages', () => {
    for (const key of goalCatalogKeys) {
      for (const catalog of [en, italian]) {
        expect(catalog.goalCatalogue[key].title.length).toBeGreaterThan(3);
        expect(catalog.goalCatalogue[key].unit.length).toBeGreaterThan(0);
      }
    }
    expect(en.goalCatalogue['fewer-calls'].unit).toBe('calls/month');
    expect(italian.goalCatalogue['fewer-calls'].unit).toBe('chiamate/mese');
  });

  it('prefills a catalogue goal with its title, unit, direction and a start today', () => {
    const draft = goalDraft('faster-response', en.goalCatalogue['faster-response'], '2026-11-22');
    expect(draft).toMatchObject({
      catalogKey: 'faster-response',
      title: 'Faster answers',
      unit: 'hours to first response',
      direction: 'decrease',
      priority: 'high',
      startDate: '2026-11-22',
      deadline: '',
      baseline: null,
      target: null,
      benefit: '',
    });
  });

  it('starts a custom goal empty, rising, of medium priority', () => {
    expect(goalDraft(null, null, '2026-11-22')).toMatchObject({
      catalogKey: null,
      title: '',
      unit: '',
      direction: 'increase',
      priority: 'medium',
    });
  });

  it('leaves the benefit to the team: a draft is not a valid goal until it is stated', () => {
    const draft = goalDraft('satisfaction', en.goalCatalogue.satisfaction, '2026-11-22');
    const result = goalFieldsSchema.safeParse(draft);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['benefit']);
    expect(goalFieldsSchema.safeParse({ ...draft, benefit: 'Fewer customers leave' }).success).toBe(
      true,
    );
  });
});
