import type { en } from './en';
import type { StageStrings } from './stage-strings';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & StageStrings };
    returnObjects: true;
  }
}
