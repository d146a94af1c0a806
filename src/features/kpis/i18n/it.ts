import type { Widen } from '../../../i18n/en';
import type { kpisEn } from './en';

/** Testi italiani della tappa 4 (KPI e monitoraggio) e della sua parte nella roadmap di esempio. */
export const kpisIt = {
  kpis: {
    dashboardHeading: 'Cruscotto di monitoraggio',
    dashboardLabel: 'Cruscotto dei KPI',
    statusRule:
      'Stato: il piano va in linea retta dal valore di partenza all’obiettivo entro la data prevista. Un KPI è in linea quando l’ultimo valore ha percorso almeno la stessa parte del cammino del tempo trascorso, con un margine del 10%; a rischio quando è indietro fino al 25%; fuori strada oltre. La misura è in ritardo quando l’ultimo valore è più vecchio di quanto la frequenza consenta (giornaliera 2 giorni, settimanale 10, mensile 35, trimestrale 100).',
    emptyTitle: 'Ancora nessun KPI',
    emptyBody:
      'Scegli le metriche che dicono se ogni obiettivo si sta raggiungendo. Ogni KPI avrà qui una scheda con l’ultimo valore, lo stato e una piccola linea di tendenza.',
    summary:
      '{{onTrack}} in linea · {{atRisk}} a rischio · {{offTrack}} fuori strada · {{overdue}} in ritardo',
    status: {
      'on-track': 'In linea',
      'at-risk': 'A rischio',
      'off-track': 'Fuori strada',
      overdue: 'Misura in ritardo',
      'no-data': 'Nessun valore',
      'no-target': 'Obiettivo non fissato',
    },
    add: {
      open: 'Aggiungi KPI',
      label: 'Aggiungi un KPI',
      heading: 'Aggiungi un KPI',
      kpi: 'KPI',
      custom: 'KPI personalizzato…',
      customName: 'Nome del KPI personalizzato',
      goal: 'Per l’obiettivo',
      noGoal: 'Nessun obiettivo per ora',
      submit: 'Aggiungi questo KPI',
      cancel: 'Annulla',
      definitionPreview: 'Cosa misura: {{definition}}',
      added: '“{{name}}” aggiunto. Qui sotto indica obiettivi, valore di partenza e traguardo.',
      addedForGoal: '“{{name}}” aggiunto per il suo obiettivo. Controllane il piano qui sotto.',
    },
    card: {
      open: 'Apri {{name}}',
      latest: 'Ultimo valore',
      noValues: 'Nessun valore',
      target: 'Obiettivo {{value}} entro {{date, il}}',
      targetNoDate: 'Obiettivo {{value}}',
      noTarget: 'Obiettivo non fissato',
      lastPath: 'L’ultimo valore era {{status}}',
      trend_one: 'Andamento dell’ultimo valore',
      trend_other: 'Andamento degli ultimi {{count}} valori',
      trend_many: 'Andamento degli ultimi {{count}} di valori',
      selected: 'aperto qui sotto',
    },
    warnings: {
      goalWithoutKpi: 'Nessun KPI misura l’obiettivo “{{title}}”.',
      kpiWithoutGoal: '“{{name}}” non serve alcun obiettivo.',
      kpiWithoutBaseline:
        '“{{name}}” non ha un valore di partenza: niente percorso e niente stato.',
      addFor: 'Aggiungi un KPI',
      open: 'Apri {{name}}',
    },
    detail: {
      label: 'KPI selezionato',
      close: 'Chiudi',
      delete: 'Elimina KPI',
      deleteConfirmEmpty: 'Eliminare “{{name}}”? Non ha ancora valori.',
      deleteConfirm_one: 'Eliminare “{{name}}” e il suo valore?',
      deleteConfirm_other: 'Eliminare “{{name}}” e i suoi {{count}} valori?',
      deleteConfirm_many: 'Eliminare “{{name}}” e i suoi {{count}} di valori?',
      deleted: 'Eliminato: {{name}}.',
      restored: 'Di nuovo qui: {{name}}.',
      undo: 'Annulla',
      editHeading: 'Definizione e piano',
      editing: 'Dettagli di {{name}}',
      editHelp: 'Le modifiche si salvano da sole.',
    },
    fields: {
      name: 'Nome',
      definition: 'Definizione',
      unit: 'Unità',
      direction: 'Verso',
      goals: 'Obiettivi serviti',
      channels: 'Canali coperti',
      baseline: 'Valore di partenza',
      baselineDate: 'Data del valore di partenza',
      target: 'Obiettivo',
      targetDate: 'Data obiettivo',
      frequency: 'Misurato',
      source: 'Fonte dei dati o strumento',
      owner: 'Responsabile',
    },
    hints: {
      numbers: 'Per esempio 42.000 o 12,5.',
      baselineDate:
        'Quando è stato misurato il valore di partenza: da qui parte il piano (vuoto: il giorno in cui il KPI è stato aggiunto).',
      channels: 'Nessuna spunta vuol dire tutti i canali.',
      noGoals: 'Ancora nessun obiettivo: fissali prima nella tappa 2.',
      noChannels: 'Ancora nessun canale: sceglili nella tappa 3.',
    },
    directions: { higher: 'Più alto è meglio', lower: 'Più basso è meglio' },
    frequencies: {
      daily: 'Ogni giorno',
      weekly: 'Ogni settimana',
      monthly: 'Ogni mese',
      quarterly: 'Ogni trimestre',
    },
    log: {
      heading: 'Misurazioni',
      entryLabel: 'Aggiungi un valore',
      date: 'Data',
      value: 'Valore',
      add: 'Aggiungi valore',
      help: 'Scrivi un valore e premi Invio: viene aggiunto, la data passa al periodo seguente e il campo è pronto per il prossimo valore.',
      added: 'Aggiunto {{value}} {{date, al}}.',
      replaced: 'Il valore {{date, del}} era {{before}}: sostituito con {{value}}.',
      tableCaption: 'Valori di {{name}}, dal più recente',
      empty: 'Ancora nessun valore. Aggiungi il primo qui sopra, o incolla una serie.',
      valueOn: 'Valore {{date, del}}',
      dateOf: 'Data del valore {{value}}',
      remove: 'Elimina il valore {{date, del}}',
      removeColumn: 'Elimina il valore di quella data',
      removed: 'Eliminato il valore {{date, del}}.',
      restored: 'Il valore {{date, del}} è tornato.',
      showAll_one: 'Mostra l’unico valore',
      showAll_other: 'Mostra tutti i {{count}} valori',
      showAll_many: 'Mostra tutti i {{count}} di valori',
      dateTaken: 'C’è già un valore in questa data.',
      future: 'Un valore misurato non può avere una data futura.',
      dateRequired: 'Inserisci una data.',
    },
    import: {
      open: 'Incolla o importa valori',
      title: 'Incolla o importa valori',
      help: 'Un valore per riga: la data (31/03/2026 o 2026-03-31), poi il valore, separati da una tabulazione (come li copia un foglio di calcolo), da un punto e virgola o da una virgola. Una riga di intestazione viene saltata. I valori in date che ne hanno già uno lo sostituiscono.',
      textLabel: 'Date e valori',
      file: 'Scegli un file CSV',
      preview_one:
        '{{count}} valore pronto (nuovi: {{added}}; al posto di uno esistente: {{replaced}}).',
      preview_other:
        '{{count}} valori pronti (nuovi: {{added}}; al posto di uno esistente: {{replaced}}).',
      preview_many:
        '{{count}} di valori pronti (nuovi: {{added}}; al posto di uno esistente: {{replaced}}).',
      submit: 'Importa valori',
      cancel: 'Annulla',
      problemsTitle: 'Non è stato importato nulla. Correggi queste righe e riprova:',
      rowProblem: 'Riga {{row}}: {{message}}',
      codes: {
        columns:
          'servono una data e un valore, trovato “{{detail}}”. Con la virgola decimale separa le colonne con una tabulazione o un punto e virgola.',
        date: '“{{detail}}” non è una data; usa 31/03/2026 o 2026-03-31.',
        future: '{{detail}} è nel futuro.',
        value: '“{{detail}}” non è un numero (per esempio 42.000 o 12,5).',
        duplicate: 'stessa data della riga {{detail}}.',
        empty: 'Non ci sono valori da importare.',
        tooMany: '{{detail}} righe sono troppe; al massimo 10.000 per volta.',
        tooLarge:
          'Il testo supera 1 MB, più di quanto servano 10.000 valori. Non è stato letto nulla.',
      },
      done_one: 'Importato {{count}} valore (nuovi: {{added}}, sostituiti: {{replaced}}).',
      done_other: 'Importati {{count}} valori (nuovi: {{added}}, sostituiti: {{replaced}}).',
      done_many: 'Importati {{count}} di valori (nuovi: {{added}}, sostituiti: {{replaced}}).',
      fileFailed: 'Non è stato possibile leggere il file.',
    },
    chart: {
      heading: 'Valori effettivi rispetto al piano',
      actual: 'Effettivo',
      path: 'Percorso previsto',
      targetDate: 'Data obiettivo',
      summary_one:
        '{{count}} valore, {{from, del}}. Ultimo: {{latest}}. Previsto per quella data: {{expected}}. Obiettivo: {{target}}.',
      summary_other:
        '{{count}} valori {{from, dal}} {{to, al}}. Ultimo: {{latest}}. Previsto per quella data: {{expected}}. Obiettivo: {{target}}.',
      summary_many:
        '{{count}} di valori {{from, dal}} {{to, al}}. Ultimo: {{latest}}. Previsto per quella data: {{expected}}. Obiettivo: {{target}}.',
      summaryNoPlan_one: '{{count}} valore, {{from, del}}. Ultimo: {{latest}}. Nessun piano.',
      summaryNoPlan_other:
        '{{count}} valori {{from, dal}} {{to, al}}. Ultimo: {{latest}}. Nessun piano.',
      summaryNoPlan_many:
        '{{count}} di valori {{from, dal}} {{to, al}}. Ultimo: {{latest}}. Nessun piano.',
      empty: 'Il grafico compare con il primo valore.',
      downsampled:
        'Disegnato con {{shown}} punti su {{total}} per stare nella larghezza; tutti i valori sono nella tabella.',
      notSet: 'non fissato',
    },
  },
  kpiCatalogue: {
    units: {
      contactsPerMonth: 'contatti/mese',
      percent: '%',
      euro: '€',
      hours: 'ore',
      minutes: 'minuti',
      points: 'punti',
      effortScore: 'punteggio 1–5',
      contactsPerHour: 'contatti/ora',
    },
    items: {
      'contacts-per-channel': {
        name: 'Contatti per canale',
        definition:
          'Quante richieste arrivano su un canale nel periodo: mostra dove va la domanda.',
      },
      deflection: {
        name: 'Richieste risolte in self-service',
        definition:
          'Quota di richieste risolte da FAQ, base di conoscenza o app senza passare da un operatore.',
      },
      'cost-per-contact': {
        name: 'Costo per contatto',
        definition: 'Costo totale del servizio nel periodo diviso per i contatti gestiti.',
      },
      'first-response-time': {
        name: 'Tempo di prima risposta',
        definition: 'Tempo tra il messaggio del cliente e la prima risposta di una persona.',
      },
      'handling-time': {
        name: 'Tempo medio di gestione',
        definition:
          'Tempo medio che un operatore dedica a un contatto, lavoro successivo compreso.',
      },
      'first-contact-resolution': {
        name: 'Risoluzione al primo contatto',
        definition: 'Quota di richieste risolte al primo contatto, senza bisogno di ritornare.',
      },
      csat: {
        name: 'Soddisfazione dei clienti (CSAT)',
        definition:
          'Quota di clienti che giudicano il servizio buono o ottimo subito dopo averlo usato.',
      },
      nps: {
        name: 'Net Promoter Score',
        definition:
          'Promotori meno detrattori, in punti, dalla domanda “ci consiglieresti?” su una scala 0–10.',
      },
      'customer-effort': {
        name: 'Sforzo del cliente',
        definition:
          'Quanto è stato faticoso, secondo i clienti, risolvere il problema (1 = molto facile).',
      },
      churn: {
        name: 'Abbandono (churn)',
        definition: 'Quota di clienti che se ne vanno nel periodo.',
      },
      'service-level': {
        name: 'Rispetto del livello di servizio',
        definition: 'Quota di contatti con risposta entro il tempo promesso.',
      },
      'helpful-share': {
        name: 'Quota di “sì” a “Ti è stato utile?”',
        definition:
          'Quota di clic sul “sì” nelle pagine di aiuto: dice se le risposte in self-service funzionano.',
      },
      'contacts-per-agent-hour': {
        name: 'Contatti per ora di operatore',
        definition:
          'Contatti gestiti per ogni ora di servizio di un operatore: misura la produttività.',
      },
    },
  },
  sampleKpis: {
    kpis: [
      {
        name: 'Chiamate al call center',
        definition: 'Chiamate in entrata al mese, per ogni motivo; bagagli e check-in sono il 40%.',
        unit: 'chiamate/mese',
        source: 'Report del centralino',
        owner: 'Giulia Ferraris',
      },
      {
        name: 'Richieste risolte in self-service',
        definition: 'Quota di visite al centro assistenza che finiscono senza chiamata né email.',
        unit: '%',
        source: 'Statistiche del sito e sistema di ticketing',
        owner: 'Team digitale',
      },
      {
        name: 'Costo per contatto',
        definition: 'Costo del servizio nel mese diviso per i contatti gestiti su tutti i canali.',
        unit: '€',
        source: 'Amministrazione, chiusura mensile',
        owner: 'Controller del servizio clienti',
      },
      {
        name: 'Tempo di prima risposta sui social',
        definition: 'Ore (mediana) tra un post o messaggio pubblico e la prima risposta.',
        unit: 'ore',
        source: 'Casella dei social',
        owner: 'Team social media',
      },
      {
        name: 'Soddisfazione dei clienti (CSAT)',
        definition: 'Quota di voti 4 e 5 nel questionario inviato dopo ogni contatto.',
        unit: '%',
        source: 'Questionario post-contatto',
        owner: 'Team qualità',
      },
      {
        name: 'Risoluzione al primo contatto',
        definition: 'Quota di richieste che non si ripresentano entro 7 giorni.',
        unit: '%',
        source: 'Sistema di ticketing',
        owner: 'Capi turno',
      },
      {
        name: 'Net Promoter Score',
        definition: 'Sondaggio mensile dei passeggeri che hanno contattato il servizio.',
        unit: 'punti',
        source: 'Strumento per sondaggi',
        owner: 'Marketing',
      },
      {
        name: 'Quota di “sì” a “Ti è stato utile?”',
        definition: 'Clic sul “sì” nelle pagine di aiuto su bagagli e check-in.',
        unit: '%',
        source: 'Pulsanti di feedback del centro assistenza',
        owner: 'Team digitale',
      },
    ],
  },
} satisfies Widen<typeof kpisEn>;
