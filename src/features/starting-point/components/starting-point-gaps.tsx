export function StartingPointGaps({ roadmapId }: { roadmapId: string }) {
  return <aside data-roadmap={roadmapId} />;
}
