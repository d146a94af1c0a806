import type { Widen } from '../en';
import type { kpisEn } from './kpis.en';

/** Testi italiani della tappa 4 (KPI e monitoraggio) e della sua parte nella roadmap di esempio. */
export const kpisIt = {
  sampleKpis: {
    placeholder: 'KPI dell’esempio',
  },
} satisfies Widen<typeof kpisEn>;
