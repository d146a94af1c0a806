/** What other features may use of starting-point: its public entry. */
export * from './model/scoring';
export * from './model/starting-point';
export * from './model/themes';
