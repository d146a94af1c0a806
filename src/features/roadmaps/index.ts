/** What other features may use of the roadmap library. */
export { SampleRoadmapLink, type SampleRoadmapLinkProps } from './components/sample-roadmap-link';

/** A roadmap with all its rows, as its file carries them; the data layer loads on first use. */
export async function readRoadmapFile(roadmapId: string) {
  const { exportRoadmap } = await import('./api/roadmaps-repository');
  return exportRoadmap(roadmapId);
}
