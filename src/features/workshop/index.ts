/** What other features and the app may use of the workshop tools. */
export { WorkshopTimer, type WorkshopTimerProps } from './components/workshop-timer';
export { PresentingBar, type PresentingBarProps } from './components/presenting-bar';
export { usePresenting, type Presenting } from './components/use-presenting';
