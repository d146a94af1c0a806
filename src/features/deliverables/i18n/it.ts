import type { Widen } from '../../../i18n/en';
import type { deliverablesEn } from './en';

/** Testi italiani dei file che il consulente consegna. */
export const deliverablesIt = {
  deliverables: {
    heading: 'Da consegnare',
    workbook: 'Scarica la cartella Excel',
    csv: 'Scarica i file CSV',
    preparing: 'Preparazione…',
    roadmapSheet: 'Roadmap',
    sheets: {
      stageNotes: 'Note del workshop',
      subjects: 'Aziende',
      assessors: 'Valutatori',
      scores: 'Voti',
      goals: 'Obiettivi',
      goalVotes: 'Bollini sugli obiettivi',
      channels: 'Canali',
      channelVotes: 'Bollini sui canali',
      demographics: 'Mix di età',
      surveys: 'Sondaggio',
      savingsPlans: 'Piano di risparmio',
      kpis: 'KPI',
      measurements: 'Valori dei KPI',
      journeyPhases: 'Fasi del percorso',
      touchpoints: 'Punti di contatto',
      trainingRoles: 'Ruoli',
      trainingPeople: 'Persone',
      competencies: 'Competenze',
      competencyLevels: 'Livelli di competenza',
      trainingModules: 'Moduli formativi',
      goLivePlans: 'Piano di go-live',
      rollouts: 'Rilasci',
      readinessItems: 'Checklist di prontezza',
    },
    saved: 'Salvato {{file}}.',
    failed:
      'Non è stato possibile creare il file: {{detail}}. Nella roadmap non è cambiato nulla; riprova.',
    kinds: { own: 'La tua azienda', competitor: 'Concorrente' },
    document: {
      download: 'Scarica PDF',
      making: 'Creazione del PDF…',
      failed:
        'Non è stato possibile creare il PDF: {{detail}}. Nella roadmap non è cambiato nulla; puoi comunque stampare la pagina.',
      byline: '{{name}} · {{date}}',
      notes: 'Appunti del workshop',
      more_one: '…e un’altra riga: la cartella Excel contiene tutte le righe.',
      more_many: '…e altre {{count}} righe: la cartella Excel contiene tutte le righe.',
      more_other: '…e altre {{count}} righe: la cartella Excel contiene tutte le righe.',
      page: 'Pagina {{page}} di {{pages}}',
      yes: 'Sì',
      no: 'No',
    },
  },
} satisfies Widen<typeof deliverablesEn>;
