import type { Widen } from '../en';
import type { journeyEn } from './journey.en';

/** Testi italiani della tappa 5 (customer journey) e della sua parte nella roadmap di esempio. */
export const journeyIt = {
  sampleJourney: {
    placeholder: 'Percorso dell’esempio',
  },
} satisfies Widen<typeof journeyEn>;
