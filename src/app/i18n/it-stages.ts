import { mergeStageStrings } from '../../i18n/stage-strings';

/** Testi italiani di tutte le tappe, raccolti dal file `i18n/it.ts` di ogni tappa in un solo blocco. */
export const itStages = mergeStageStrings(
  import.meta.glob('../../features/*/i18n/it.ts', { eager: true }),
);
