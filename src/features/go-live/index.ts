/** What other features may use of the go-live stage. */
export { goLiveQueries } from './api/go-live-queries';
