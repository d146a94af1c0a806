import type { Widen } from '../en';
import type { goLiveEn } from './go-live.en';

/** Testi italiani della tappa 7 (go live) e della sua parte nella roadmap di esempio. */
export const goLiveIt = {
  readinessCatalog: {
    'goals-benefits': {
      label: 'Ogni obiettivo indica il suo beneficio per l’azienda',
      hint: 'Dalla tappa 2: ogni obiettivo ha un beneficio atteso.',
    },
    'kpi-baselines': {
      label: 'Ogni obiettivo ha un KPI con valore di partenza',
      hint: 'Dalla tappa 4: il valore iniziale è noto, così si vedono i progressi.',
    },
    monitoring: {
      label: 'Il monitoraggio è attivo',
      hint: 'Dalla tappa 4: ogni KPI ha già almeno un valore registrato.',
    },
    'channels-configured': {
      label: 'Ogni canale pianificato ha una data di avvio',
      hint: 'Dal piano di rilascio qui sotto: ogni canale pianificato ha la data di avvio completo.',
    },
    'human-contact': {
      label: 'I clienti possono sempre raggiungere una persona',
      hint: 'Dalla tappa 3: un canale in uso o pianificato ha una persona che risponde.',
    },
    'knowledge-content': {
      label: 'I contenuti di FAQ e knowledge base sono pronti',
      hint: 'Le domande più frequenti hanno risposte pubblicate prima dell’avvio.',
    },
    'team-trained': {
      label: 'Il team è formato',
      hint: 'Dalla tappa 6: ogni livello richiesto è raggiunto.',
    },
    'tone-of-voice': {
      label: 'C’è una guida al tono di voce condivisa',
      hint: 'Come scrive l’azienda, uguale su ogni canale.',
    },
    'escalation-rules': {
      label: 'Le regole di escalation sono scritte',
      hint: 'Chi subentra, quando e con che rapidità, se una conversazione va male.',
    },
  },
  sampleGoLive: {
    notes: 'Avvio prima del picco estivo; il pilota riguarda solo la rotta Pisa–Olbia.',
    rolloutNotes: [
      'Prima la chat nella pagina di pagamento, poi ovunque.',
      'Pubblicate per prime le 40 domande più frequenti.',
    ],
    toneNote: 'Guida v1 approvata da marketing e assistenza.',
    escalationNote: 'Bozza pronta; si attende il team delle operazioni aeroportuali.',
    ownItem: 'Comunicare ai passeggeri i nuovi canali (email e banner sul sito)',
  },
} satisfies Widen<typeof goLiveEn>;
