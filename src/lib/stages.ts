/**
 * The seven stages of the method plus the strategy map that closes it. The slugs are part of the
 * public URL contract (`/roadmaps/:roadmapId/:stage`) and must never change.
 */
export const stageSlugs = [
  'starting-point',
  'goals',
  'channels',
  'kpis',
  'journey',
  'training',
  'go-live',
  'strategy-map',
] as const;

export type StageSlug = (typeof stageSlugs)[number];

export function isStageSlug(value: string | undefined): value is StageSlug {
  return stageSlugs.includes(value as StageSlug);
}

/** 1-based stage number as the method counts them; the strategy map has none. */
export function stageNumber(stage: StageSlug): number | null {
  const index = stageSlugs.indexOf(stage);
  return stage === 'strategy-map' ? null : index + 1;
}

export const firstStage: StageSlug = 'starting-point';

/**
 * The class a stage's page (and its panels shown on other pages) carries. Each stage's own
 * stylesheet is scoped under it (see docs/architecture.md, "Where styles live").
 */
export function stageScopeClass(stage: StageSlug): string {
  return `stage-${stage}`;
}

export function roadmapPath(roadmapId: string, stage: StageSlug = firstStage): string {
  return `/roadmaps/${encodeURIComponent(roadmapId)}/${stage}`;
}
