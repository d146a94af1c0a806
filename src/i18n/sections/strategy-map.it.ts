import type { Widen } from '../en';
import type { strategyMapEn } from './strategy-map.en';

/** Testi italiani della mappa strategica e delle sue esportazioni. */
export const strategyMapIt = {
  strategyMap: {
    loading: 'Disegno della mappa…',
    missing: 'Non è stato possibile leggere questa roadmap.',
    controls: {
      label: 'Stampa ed esportazione',
      paper: 'Formato carta',
      a4: 'A4 orizzontale',
      a3: 'A3 orizzontale',
      print: 'Stampa o salva in PDF',
      png: 'Scarica PNG',
      svg: 'Scarica SVG',
      printHint:
        'La stampa produce una sola pagina orizzontale con la sola mappa; per un PDF scegli “Salva come PDF” nella finestra di stampa. Le immagini hanno lo stesso contenuto, per le slide.',
      saved: 'Salvato come {{file}}.',
      failed: 'Non è stato possibile creare l’immagine. Riprova, oppure stampa in PDF.',
    },
    open: {
      heading: 'Ancora aperto nella roadmap',
      body: 'La mappa disegna ciò che c’è già. Queste tappe non sono ancora concluse:',
      allDone: 'Tutte le tappe sono concluse: la mappa racconta l’intera roadmap.',
      status: { 'not-started': 'non iniziata', 'in-progress': 'in corso' },
    },
    text: {
      heading: 'La mappa a parole',
      label: 'Mappa strategica di {{name}}',
      description:
        'Una pagina che va da dove si trova l’azienda, attraverso canali, itinerario del cliente e persone, fino agli obiettivi, con i KPI che li misurano e il go live.',
    },
    map: {
      preparedBy: 'A cura di {{author}}',
      workshop: 'Workshop del {{date}}',
      asOf: 'Situazione al {{date}}',
      footer: 'Realizzata con Rotta',
      more: 'altri {{count}}',
      empty: 'Non ancora compilato: vedi {{stage}}.',
      columns: {
        stand: 'Dove siamo',
        means: 'Come ci arriviamo',
        go: 'Dove andiamo',
        measure: 'Come misuriamo',
        goLive: 'Go live',
      },
      standing: {
        axisDigital: 'Canali digitali',
        axisCulture: 'Cultura del servizio',
        us: 'Noi',
        best: 'Leader',
        gap: 'Scarto',
        bestCompetitor: 'Miglior concorrente: {{name}}',
        others: 'Altri concorrenti',
      },
      channels: {
        heading: 'Canali',
        inUse: 'In uso oggi',
        planned: 'Previsti',
        from: 'dal {{date}}',
        noDate: 'data da fissare',
      },
      journey: {
        heading: 'Itinerario del cliente',
        emotion: 'Come si sentono i clienti',
        touchpoints: '{{count}} punti di contatto',
        morePhases: 'altre {{count}} fasi',
      },
      people: {
        heading: 'Persone',
        readiness: 'prontezza del team',
        readinessNone: 'Nessun livello fissato',
        people: '{{count}} persone',
        roles: 'Ruoli',
        modules: 'Moduli formativi',
        moduleEnds: 'fine {{date}}',
        uncovered: '{{count}} lacune senza modulo',
        allCovered: 'Ogni lacuna ha un modulo',
      },
      goals: {
        target: 'Obiettivo',
        from: 'da {{value}}',
        by: 'entro il {{date}}',
        noTarget: 'Valore da fissare',
        noDeadline: 'senza scadenza',
      },
      kpis: {
        target: 'Obiettivo {{value}}',
        noTarget: 'Senza obiettivo',
        latest: 'Ultimo {{value}}',
        latestOn: 'al {{date}}',
        noValue: 'Nessun valore',
      },
      goLive: {
        launch: 'Lancio',
        notSet: 'Data da fissare',
        pilot: 'Pilota {{date}}',
        readiness: 'pronto',
        checklist: '{{done}} voci su {{total}} completate',
      },
    },
  },
} satisfies Widen<typeof strategyMapEn>;
