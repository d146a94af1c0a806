import type { StageSlug } from '../lib/stages';
import type { StageDescriptor, StageTable } from './stage-descriptor';

/*
 * The app hands core its list of stage descriptors at start (`provideStages`); core and the
 * library never import the stages themselves. The list is loaded lazily: the descriptors carry
 * zod schemas, and the library's first paint must not wait for them.
 */
let loadList: (() => Promise<readonly StageDescriptor[]>) | undefined;
let list: readonly StageDescriptor[] | undefined;

/** Sets the list directly (the app once it is loaded, tests). */
export function registerStages(stages: readonly StageDescriptor[]): void {
  list = stages;
}

/** Tells core how to load the list on first need. */
export function provideStages(load: () => Promise<readonly StageDescriptor[]>): void {
  loadList = load;
}

/** The list, loading it first when needed. Call it before a transaction, never inside one. */
export async function loadStages(): Promise<readonly StageDescriptor[]> {
  if (!list) {
    if (!loadList) throw new Error('No stage list was provided: call provideStages at start');
    registerStages(await loadList());
  }
  return registeredStages();
}

/** The list, once loaded (the roadmap route and every data-layer entry load it first). */
export function registeredStages(): readonly StageDescriptor[] {
  if (!list) throw new Error('The stage list is not loaded yet: await loadStages() first');
  return list;
}

export function stageDescriptor(slug: StageSlug): StageDescriptor | undefined {
  return registeredStages().find((stage) => stage.slug === slug);
}

/** The most rows of a table a roadmap may hold, once the list is loaded (see `maxRows`). */
export function tableRowLimit(table: string): number | undefined {
  const tables = (list ?? []).map(
    (stage) => stage.tables as Record<string, StageTable | undefined>,
  );
  return tables.find((stageTables) => stageTables[table])?.[table]?.maxRows;
}
