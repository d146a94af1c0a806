/** What other features may use of the go-live stage. */
export * from './api/go-live-queries';
export * from './model/go-live';
export * from './model/readiness-checklist';
export * from './model/sample-go-live';
