/** What other features may use of kpis: its public entry. */
export * from './model/kpi';
export * from './model/kpi-status';
export * from './model/sample-kpis';
