import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enStages } from './en-stages';
import { detectLanguage } from './i18n';
import { it as italian } from './it';
import { itStages } from './it-stages';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('catalogs', () => {
  it('have exactly the same keys in Italian and English, lists of the same length', () => {
    expect(keyPaths(italian).sort()).toEqual(keyPaths(en).sort());
    expect(keyPaths(itStages).sort()).toEqual(keyPaths(enStages).sort());
  });

  it('split the frame and the stages without a key in both, so merging them loses nothing', () => {
    const frameSections = new Set(Object.keys(en));
    expect(Object.keys(enStages).filter((section) => frameSections.has(section))).toEqual([]);
  });

  it('have no empty string', () => {
    const empties = (catalog: unknown) =>
      keyPaths(catalog).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>(
            (node, key) => (node as Record<string, unknown>)?.[key.replace(/\[\d+\]$/, '')],
            catalog,
          );
        return value === '';
      });
    expect(empties(en)).toEqual([]);
    expect(empties(italian)).toEqual([]);
    expect(empties(enStages)).toEqual([]);
    expect(empties(itStages)).toEqual([]);
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
