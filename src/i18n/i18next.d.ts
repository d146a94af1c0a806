import type { en } from './en';
import type { enStages } from './en-stages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof enStages };
    returnObjects: true;
  }
}
