import type { KpiCatalogKey, KpiDirection, MeasurementFrequency } from './kpi';

/** Units the catalogue suggests; their words live in the catalogs under `kpiCatalogue.units`. */
export const kpiUnitKeys = [
  'contactsPerMonth',
  'percent',
  'euro',
  'hours',
  'minutes',
  'points',
  'effortScore',
  'contactsPerHour',
] as const;
export type KpiUnitKey = (typeof kpiUnitKeys)[number];

export interface KpiCatalogueEntry {
  unit: KpiUnitKey;
  direction: KpiDirection;
  /** How often teams usually look at it: often enough to react, rarely enough to be stable. */
  frequency: MeasurementFrequency;
}

/**
 * Defaults for the method's KPIs. Names and definitions are in the catalogs under
 * `kpiCatalogue.<key>`, so a new KPI starts in the user's language.
 */
export const kpiCatalogue: Record<KpiCatalogKey, KpiCatalogueEntry> = {
  'contacts-per-channel': { unit: 'contactsPerMonth', direction: 'lower', frequency: 'monthly' },
  deflection: { unit: 'percent', direction: 'higher', frequency: 'monthly' },
  'cost-per-contact': { unit: 'euro', direction: 'lower', frequency: 'monthly' },
  'first-response-time': { unit: 'hours', direction: 'lower', frequency: 'weekly' },
  'handling-time': { unit: 'minutes', direction: 'lower', frequency: 'weekly' },
  'first-contact-resolution': { unit: 'percent', direction: 'higher', frequency: 'monthly' },
  csat: { unit: 'percent', direction: 'higher', frequency: 'monthly' },
  nps: { unit: 'points', direction: 'higher', frequency: 'quarterly' },
  'customer-effort': { unit: 'effortScore', direction: 'lower', frequency: 'quarterly' },
  churn: { unit: 'percent', direction: 'lower', frequency: 'monthly' },
  'service-level': { unit: 'percent', direction: 'higher', frequency: 'weekly' },
  'helpful-share': { unit: 'percent', direction: 'higher', frequency: 'monthly' },
  'contacts-per-agent-hour': { unit: 'contactsPerHour', direction: 'higher', frequency: 'weekly' },
};
