import type { Widen } from '../../../i18n/en';
import type { workshopEn } from './en';

/** Testi italiani degli strumenti del workshop: il timer. */
export const workshopIt = {
  workshop: {
    present: {
      start: 'Presenta',
      bar: 'Presentazione',
      stageOf: 'Tappa {{number}} di 7',
      reveal: 'Mostra i risultati',
      nav: 'Spostati tra le tappe',
      previous: 'Tappa precedente',
      next: 'Tappa successiva',
      stop: 'Esci dalla presentazione',
      hidden: 'I risultati della sala restano nascosti finché non li mostri.',
    },
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
