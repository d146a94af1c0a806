/** Stage 3: channels chosen on evidence. (Being built.) */
export function ChannelsStage({ roadmapId }: { roadmapId: string }) {
  return <div className="channels-stage" data-roadmap={roadmapId} />;
}
