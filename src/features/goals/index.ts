/** What other features may use of goals: its public entry. */
export * from './api/goals-queries';
export * from './model/goal';
export * from './model/goal-catalogue';
export * from './model/goal-order';
