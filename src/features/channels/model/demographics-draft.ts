import {
  formatNumberInput,
  numberRules,
  optional,
  parseNumber,
  type NumberRefusal,
} from '../../../core/numbers';
import type { Demographics } from './channel';
import {
  generationIds,
  referenceGroupIds,
  referencePreferences,
  type GenerationId,
  type PreferenceTable,
  type ReferenceGroupId,
} from './reference-preferences';

type GenerationTexts = Record<GenerationId, string>;

/** The demographics editor's fields as typed. */
export interface DemographicsDraft {
  shares: GenerationTexts;
  /** The user's own preference table, or null for the reference table. */
  overrides: Record<ReferenceGroupId, GenerationTexts> | null;
  source: string;
}

export type DemographicsValues = Pick<Demographics, 'shares' | 'overrides' | 'source'>;
export type DraftProblem = NumberRefusal;

function tableTexts(
  table: PreferenceTable,
  language: string,
): Record<ReferenceGroupId, GenerationTexts> {
  const result = {} as Record<ReferenceGroupId, GenerationTexts>;
  for (const group of referenceGroupIds) {
    const row = {} as GenerationTexts;
    for (const generation of generationIds)
      row[generation] = formatNumberInput(table[group][generation], language);
    result[group] = row;
  }
  return result;
}

export function draftFromDemographics(
  demographics: Demographics | null,
  language: string,
): DemographicsDraft {
  const shares = {} as GenerationTexts;
  for (const generation of generationIds)
    shares[generation] = formatNumberInput(demographics?.shares[generation] ?? null, language);
  return {
    shares,
    overrides: demographics?.overrides ? tableTexts(demographics.overrides, language) : null,
    source: demographics?.source ?? '',
  };
}

/** A fresh copy of the reference table to start the user's own figures from. */
export function referenceTableDraft(language: string): Record<ReferenceGroupId, GenerationTexts> {
  return tableTexts(referencePreferences, language);
}

/** The field key of a problem: `shares.genX` or `overrides.phone.genX`. */
export type DraftField = `shares.${GenerationId}` | `overrides.${ReferenceGroupId}.${GenerationId}`;

/**
 * Reads the draft. Values come back only when every field is valid: nothing is written while a
 * field is wrong. Shares may be empty (unknown); cells of the user's own table may not.
 */
export function readDemographicsDraft(
  draft: DemographicsDraft,
  language: string,
): {
  values: DemographicsValues | null;
  problems: Partial<Record<DraftField, DraftProblem>>;
} {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const shares = {} as DemographicsValues['shares'];
  for (const generation of generationIds) {
    const read = parseNumber(draft.shares[generation], language, optional(numberRules.percent));
    if (read.ok) shares[generation] = read.value;
    else problems[`shares.${generation}`] = read;
  }
  let overrides: PreferenceTable | null = null;
  if (draft.overrides) {
    overrides = {} as PreferenceTable;
    for (const group of referenceGroupIds) {
      const row = {} as Record<GenerationId, number>;
      for (const generation of generationIds) {
        const read = parseNumber(draft.overrides[group][generation], language, numberRules.percent);
        if (read.ok) row[generation] = read.value;
        else problems[`overrides.${group}.${generation}`] = read;
      }
      overrides[group] = row;
    }
  }
  const isValid = Object.keys(problems).length === 0;
  return {
    values: isValid ? { shares, overrides, source: draft.source.trim() } : null,
    problems,
  };
}
