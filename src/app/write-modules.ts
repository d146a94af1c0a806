import { loadStages } from '../core/stage-registry';

/**
 * The modules that declare the writes outside the stages (the roadmap's details, the stage
 * notes), by the first part of the write's name; every stage's own come from its descriptor.
 */
const appWriteModules: Record<string, () => Promise<unknown>> = {
  roadmaps: () => import('../features/roadmaps/api/roadmap-writes'),
  notes: () => import('../features/stages/api/stage-notes'),
};

/** Loads what declares the named writes, so drafts left by a reload can be replayed through them. */
export async function loadWriteModules(operations: readonly string[]): Promise<unknown> {
  const prefixes = new Set(operations.map((name) => name.split('.')[0] ?? ''));
  const stages = await loadStages();
  return Promise.all(
    [...prefixes].map(
      (prefix) =>
        appWriteModules[prefix]?.() ?? stages.find((stage) => stage.slug === prefix)?.writes?.(),
    ),
  );
}
