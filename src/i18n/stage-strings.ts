import type { Widen } from './en';

/**
 * The stages' strings as i18next's types see them. Each stage keeps its strings in its own folder
 * (`features/<stage>/i18n/en.ts` and `it.ts`) and adds its sections to this interface by
 * declaration merging, so no list of stages is kept here, and two stages claiming the same
 * section fail to compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging from every stage's i18n/en.ts
export interface StageStrings {}

export type StagesCatalog = Widen<StageStrings>;

/**
 * Joins the stages' catalog modules of one language (an eager `import.meta.glob`) into one
 * catalog. The sections of different stages never overlap (the compiler and a test check).
 */
export function mergeStageStrings(modules: Record<string, Record<string, object>>): StagesCatalog {
  const sections: Record<string, unknown> = {};
  for (const exported of Object.values(modules)) {
    for (const strings of Object.values(exported)) Object.assign(sections, strings);
  }
  // The glob's modules are typed only as objects; the sections they hold are StageStrings'.
  return sections as StagesCatalog;
}
