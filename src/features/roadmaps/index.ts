/** What other features may use of the roadmap library. */
export { SampleRoadmapLink, type SampleRoadmapLinkProps } from './components/sample-roadmap-link';
