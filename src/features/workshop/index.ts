/** What other features and the app may use of the workshop tools. */
export { WorkshopTimer, type WorkshopTimerProps } from './components/workshop-timer';
export { PresentingBar, type PresentingBarProps } from './components/presenting-bar';
export { usePresenting, type Presenting } from './components/use-presenting';
export { DotVotePanel, type DotVotePanelProps } from './components/dot-vote-panel';
export { defineDotVotes, type DotVoteBallot } from './api/dot-votes';
