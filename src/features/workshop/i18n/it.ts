import type { Widen } from '../../../i18n/en';
import type { workshopEn } from './en';

/** Testi italiani degli strumenti del workshop: il timer. */
export const workshopIt = {
  workshop: {
    timer: {
      group: 'Timer del workshop',
      minutes: 'Minuti del timer per {{stage}}',
      minutesShort: 'min',
      startShort: 'Timer',
      start: 'Avvia il timer',
      pause: 'Metti in pausa il timer',
      resume: 'Riprendi il timer',
      reset: 'Azzera il timer',
      paused: 'in pausa',
      timesUp: 'Tempo scaduto',
      endedFor: 'Il tempo per {{stage}} è scaduto.',
    },
  },
} satisfies Widen<typeof workshopEn>;
