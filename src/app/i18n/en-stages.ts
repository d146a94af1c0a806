import { mergeStageStrings } from '../../i18n/stage-strings';

/**
 * English strings of every feature, gathered from each one's own `i18n/en.ts` into one chunk that
 * loads with the first roadmap page, form or file problem (or the sample), not with the library.
 */
export const enStages = mergeStageStrings(
  import.meta.glob('../../features/*/i18n/en.ts', { eager: true }),
);
