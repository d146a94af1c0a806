/**
 * The modules that declare each feature's writes (`defineWrite`), by the first part of the write's
 * name. Drafts left by a reload are replayed through them before the app shows anything.
 */
const writeModules: Record<string, () => Promise<unknown>> = {
  roadmaps: () => import('../features/roadmaps/api/roadmap-writes'),
  notes: () => import('../features/stages/api/stage-notes'),
  'starting-point': () => import('../features/starting-point/api/starting-point-queries'),
  goals: () => import('../features/goals/api/goals-queries'),
  channels: () => import('../features/channels/api/channels-queries'),
  kpis: () => import('../features/kpis/api/kpis-queries'),
  journey: () => import('../features/journey/api/use-journey-mutations'),
  training: () => import('../features/training/api/training-queries'),
  'go-live': () => import('../features/go-live/api/go-live-queries'),
};

export function loadWriteModules(operations: readonly string[]): Promise<unknown> {
  const prefixes = new Set(operations.map((name) => name.split('.')[0] ?? ''));
  return Promise.all([...prefixes].map((prefix) => writeModules[prefix]?.()));
}
