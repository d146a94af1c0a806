/** What other features and the app may use of the workshop tools. */
export { WorkshopTimer, type WorkshopTimerProps } from './components/workshop-timer';
