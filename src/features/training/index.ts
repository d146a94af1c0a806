/** What other features may use of training: its public entry. */
export * from './model/readiness';
export * from './model/sample-training';
export * from './model/training';
