export function StartingPointStage({ roadmapId }: { roadmapId: string }) {
  return <div data-roadmap={roadmapId} />;
}
