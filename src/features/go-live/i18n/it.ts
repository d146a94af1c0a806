import type { Widen } from '../../../i18n/en';
import type { goLiveEn } from './en';

/** Testi italiani della tappa 7 (go live) e della sua parte nella roadmap di esempio. */
export const goLiveIt = {
  goLive: {
    empty: {
      title: 'Pianifica il lancio',
      body: 'Fissa il giorno in cui il nuovo servizio parte. Questa pagina mostra poi quanti giorni mancano, un piano di avvio per ogni canale pianificato nella tappa 3 e una checklist di prontezza che le tappe precedenti compilano già per te.',
      step1: 'La data di go live e, se si parte in piccolo, una data per il pilota.',
      step2: 'Date di pilota, avvio graduale e avvio completo per ogni canale pianificato.',
      step3:
        'La prontezza in percentuale: obiettivi, KPI, canali, una persona da contattare, contenuti, formazione, tono di voce, escalation.',
      start: 'Fissa la data di go live',
      sampleHint:
        'La compagnia aerea di esempio va live sei mesi dopo il workshop, dopo un pilota.',
    },
    launch: {
      heading: 'Lancio',
      goLiveDate: 'Data di go live',
      pilotDate: 'Data del pilota (facoltativa)',
      pilotHint: 'Una prima prova con un piccolo gruppo di clienti o operatori, prima del go live.',
      notes: 'Note sul lancio',
      notesHint: 'Chi dà il via, cosa si comunica, cosa succede quel giorno.',
      countdownLabel: 'Tempo al go live',
      notSet: 'Nessuna data',
      until_one: 'tra {{count}} giorno',
      until_other: 'tra {{count}} giorni',
      until_many: 'tra {{count}} di giorni',
      today: 'oggi',
      since_one: 'live da {{count}} giorno',
      since_other: 'live da {{count}} giorni',
      since_many: 'live da {{count}} di giorni',
      onDate: 'Go live {{date, il}}',
      pilotOn: 'Pilota {{date, il}}',
    },
    markers: {
      goLive: 'Go live',
      pilot: 'Pilota',
    },
    rollout: {
      heading: 'Piano di avvio',
      intro:
        'Introduci ogni nuovo canale per gradi: un pilota, un avvio graduale per una parte dei clienti, poi l’avvio completo.',
      noPlanned:
        'Nessun canale è ancora pianificato. Il piano di avvio elenca i canali segnati come “pianificato” nella tappa 3.',
      toChannels: 'Pianifica i canali nella tappa 3',
      alreadyLive: 'Già attivi, senza date da fissare: {{names}}.',
      channel: 'Canale',
      pilotDate: 'Pilota',
      softLaunchDate: 'Avvio graduale',
      fullDate: 'Avvio completo',
      notes: 'Nota',
      group: 'Avvio di {{name}}',
      notSet: 'non fissata',
      lateFull:
        'L’avvio completo di {{name}} ({{date}}) arriva dopo la data di go live ({{goLive}}).',
      undated_one: '{{names}} non ha ancora date di avvio.',
      undated_other: '{{names}} non hanno ancora date di avvio.',
      undated_many: '{{names}} non hanno ancora date di avvio.',
      fixIt: 'Vai al canale {{name}}',
      timelineHeading: 'Cronologia dell’avvio',
      timelineSummary:
        'Pilota, avvio graduale e avvio completo di ogni canale pianificato su un’unica linea del tempo, con oggi e la data di go live.',
      timelineEmpty: 'Le date compaiono qui su una linea del tempo appena vengono fissate.',
      tableToggle: 'Mostra la cronologia come tabella',
      tableCaption: 'Date di avvio per canale',
      today: 'Oggi',
    },
    checklist: {
      heading: 'Checklist di prontezza',
      intro:
        'I controlli del metodo prima del go live. Dove una tappa precedente sa rispondere, la risposta è già compilata; puoi sempre rispondere tu.',
      percentLabel: 'Pronto',
      count: '{{done}} su {{applicable}} pronti',
      noneApply: 'Nessuna voce applicabile',
      progress: 'Prontezza',
      fold_one: '{{count}} voce: {{parts}}',
      fold_many: '{{count}} di voci: {{parts}}',
      fold_other: '{{count}} voci: {{parts}}',
      foldPart: {
        done_one: '{{count}} fatta',
        done_many: '{{count}} fatte',
        done_other: '{{count}} fatte',
        open_one: '{{count}} aperta',
        open_many: '{{count}} aperte',
        open_other: '{{count}} aperte',
        notApplicable_one: '{{count}} non applicabile',
        notApplicable_many: '{{count}} non applicabili',
        notApplicable_other: '{{count}} non applicabili',
      },
      listLabel: 'Voci della checklist',
      state: {
        done: 'Fatto',
        open: 'Aperto',
        'not-applicable': 'Non applicabile',
      },
      answer: 'Risposta',
      answerFor: 'Risposta per “{{label}}”',
      answerOption: {
        auto: 'Automatica',
        done: 'Fatto',
        open: 'Aperto',
        'not-applicable': 'Non applicabile',
      },
      autoFrom: 'Automatica, dalla tappa {{number}}: {{stage}}',
      autoFromRollout: 'Automatica, dal piano di avvio',
      autoSays: 'Risposta automatica: {{state}}',
      overridden: 'Risposta vostra; la tappa {{number}} dice: {{state}}',
      overriddenRollout: 'Risposta vostra; il piano di avvio dice: {{state}}',
      teamCall: 'Decide il team: nessuna tappa precedente può dirlo.',
      ownItem: 'Voce vostra',
      note: 'Nota',
      itemName: 'Nome della voce',
      removeShort: 'Rimuovi',
      remove: 'Rimuovi {{label}}',
      removed: 'Rimossa: {{label}}.',
      restored: '«{{label}}» è di nuovo nella checklist.',
      addLabel: 'Nuova voce della checklist',
      add: 'Aggiungi voce',
      addForm: 'Aggiungi una voce alla checklist',
      added: 'Aggiunta: {{label}}.',
    },
    saveFailed: 'Non è stato possibile salvare la modifica.',
  },
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
