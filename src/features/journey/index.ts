/** What other features may use of journey: its public entry. */
export * from './model/emotion-curve';
export * from './model/journey';
export * from './model/sample-journey';
