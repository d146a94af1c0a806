import type { Demographics } from './channel';
import { readAmount, type NumberProblem } from './channel-metrics';
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
export type DraftProblem = NumberProblem | 'required';

const text = (value: number | null) => (value === null ? '' : String(value));

function tableTexts(table: PreferenceTable): Record<ReferenceGroupId, GenerationTexts> {
  const result = {} as Record<ReferenceGroupId, GenerationTexts>;
  for (const group of referenceGroupIds) {
    const row = {} as GenerationTexts;
    for (const generation of generationIds) row[generation] = text(table[group][generation]);
    result[group] = row;
  }
  return result;
}

export function draftFromDemographics(demographics: Demographics | null): DemographicsDraft {
  const shares = {} as GenerationTexts;
  for (const generation of generationIds)
    shares[generation] = text(demographics?.shares[generation] ?? null);
  return {
    shares,
    overrides: demographics?.overrides ? tableTexts(demographics.overrides) : null,
    source: demographics?.source ?? '',
  };
}

/** A fresh copy of the reference table to start the user's own figures from. */
export function referenceTableDraft(): Record<ReferenceGroupId, GenerationTexts> {
  return tableTexts(referencePreferences);
}

/** The field key of a problem: `shares.genX` or `overrides.phone.genX`. */
export type DraftField = `shares.${GenerationId}` | `overrides.${ReferenceGroupId}.${GenerationId}`;

/**
 * Reads the draft. Values come back only when every field is valid: nothing is written while a
 * field is wrong. Shares may be empty (unknown); cells of the user's own table may not.
 */
export function readDemographicsDraft(draft: DemographicsDraft): {
  values: DemographicsValues | null;
  problems: Partial<Record<DraftField, DraftProblem>>;
} {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const shares = {} as DemographicsValues['shares'];
  for (const generation of generationIds) {
    const read = readAmount(draft.shares[generation], { isPercent: true });
    if (read.ok) shares[generation] = read.value;
    else problems[`shares.${generation}`] = read.problem;
  }
  let overrides: PreferenceTable | null = null;
  if (draft.overrides) {
    overrides = {} as PreferenceTable;
    for (const group of referenceGroupIds) {
      const row = {} as Record<GenerationId, number>;
      for (const generation of generationIds) {
        const read = readAmount(draft.overrides[group][generation], { isPercent: true });
        if (!read.ok) problems[`overrides.${group}.${generation}`] = read.problem;
        else if (read.value === null) problems[`overrides.${group}.${generation}`] = 'required';
        else row[generation] = read.value;
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
