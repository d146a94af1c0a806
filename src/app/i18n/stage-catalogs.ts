import { registerStagesCatalogs } from '../../i18n/i18n';

/** Tells i18n where the stages' strings are: one chunk per language, loaded on first need. */
export function registerStageCatalogs(): void {
  registerStagesCatalogs({
    en: () => import('./en-stages').then((module) => module.enStages),
    it: () => import('./it-stages').then((module) => module.itStages),
  });
}
