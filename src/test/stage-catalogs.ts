// Every stage's strings in both languages, as the app loads them, for tests that need several
// stages at once (the sample roadmap is written from many stages' sections).
export { enStages } from '../app/i18n/en-stages';
export { itStages } from '../app/i18n/it-stages';
