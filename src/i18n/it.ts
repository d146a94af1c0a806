import type { Catalog } from './en';

/** Catalogo italiano: stesse chiavi di quello inglese. */
export const it = {
  app: {
    name: 'Rotta',
    tagline: 'Roadmap del servizio clienti digitale',
    skipToContent: 'Vai al contenuto',
    language: 'Lingua (Language)',
    languages: { en: 'English', it: 'Italiano' },
    library: 'Tutte le roadmap',
    updateReady: 'È pronta una nuova versione di Rotta.',
    reload: 'Ricarica',
    offlineReady: 'Ora Rotta funziona anche offline.',
    dismiss: 'Chiudi',
    notFound: 'Questa pagina non esiste.',
    routeErrorTitle: 'Non è stato possibile caricare questa pagina',
    routeErrorBody:
      'Forse Rotta è stata aggiornata mentre questa scheda era aperta. Ricarica per avere la versione attuale; le tue roadmap sono al sicuro in questo browser.',
    backToLibrary: 'Torna alle roadmap',
  },
  storage: {
    unavailableTitle: 'Rotta non può salvare dati in questo browser',
    unavailableBody:
      'Rotta conserva tutto in questo browser (IndexedDB) e il browser lo ha impedito. Le finestre private e alcune impostazioni sulla privacy lo bloccano. Apri Rotta in una finestra normale o consenti i dati del sito, poi ricarica.',
    blockedTitle: 'Rotta è aperta in un’altra scheda con una versione precedente',
    blockedBody:
      'Chiudi (o ricarica) le altre schede di Rotta, così questa può aggiornare i dati salvati.',
    upgradedElsewhere:
      'Rotta è stata aggiornata in un’altra scheda. Ricarica questa scheda per continuare in sicurezza.',
    quota:
      'Il browser non ha più spazio per Rotta. Non è stato salvato nulla. Libera spazio su disco o elimina roadmap vecchie, poi riprova.',
    failed: 'Salvataggio non riuscito: {{detail}}. Non è stato modificato nulla.',
    persistent:
      'Archiviazione persistente: il browser non cancellerà le tue roadmap di sua iniziativa.',
    notPersistent:
      'Archiviazione non persistente: il browser potrebbe cancellarla se manca spazio. Tieni un file di backup.',
    unknown: 'Le tue roadmap sono salvate solo in questo browser. Tieni un file di backup.',
  },
  saving: {
    saving: 'Salvataggio…',
    saved: 'Salvato',
    allSaved: 'Tutte le modifiche sono salvate',
    failed: 'Non salvato',
    notSaved: 'Non è stato salvato nulla.',
  },
  library: {
    title: 'Roadmap',
    intro:
      'Rotta accompagna un team di servizio clienti nelle sette tappe di una roadmap digitale, dalla situazione di oggi al go live.',
    introMore:
      'Tutto resta in questo browser. Alla fine ottieni una mappa strategica di una pagina da stampare o condividere.',
    newRoadmap: 'Nuova roadmap',
    importRoadmap: 'Importa roadmap',
    loadSample: 'Carica la roadmap di esempio',
    backup: 'Backup della libreria',
    restore: 'Ripristina backup',
    count_one: '{{count}} roadmap',
    count_other: '{{count}} roadmap',
    columns: {
      name: 'Roadmap',
      company: 'Azienda',
      updated: 'Ultima modifica',
      progress: 'Avanzamento',
      actions: 'Azioni',
    },
    progress: '{{done}} di 7 tappe completate',
    stagesStarted: '{{count}} avviate',
    noCompany: '—',
    actions: 'Azioni per {{name}}',
    rename: 'Rinomina',
    duplicate: 'Duplica',
    delete: 'Elimina',
    export: 'Esporta',
    copyName: '{{name}} (copia)',
    deleted: '“{{name}}” eliminata.',
    undo: 'Annulla',
    restored: '“{{name}}” ripristinata.',
    duplicated: 'Copia creata: “{{name}}”.',
    imported: 'Importata “{{name}}”.',
    restoredBackup_one: 'Ripristinata {{count}} roadmap dal backup.',
    restoredBackup_other: 'Ripristinate {{count}} roadmap dal backup.',
    backupSaved: 'Backup salvato come {{file}}.',
    confirmDeleteTitle: 'Eliminare “{{name}}”?',
    confirmDeleteBody:
      'La roadmap e tutte le sue tappe verranno rimosse da questo browser. Potrai annullare per qualche secondo.',
    cancel: 'Annulla',
    sampleLoaded: 'Roadmap di esempio caricata.',
    emptyBackup: 'Non c’è ancora niente da salvare.',
  },
  importing: {
    failed: 'Il file non è stato importato.',
    tooLarge: 'Il file supera {{megabytes}} MB.',
    empty: 'Il file è vuoto.',
    notJson: 'Il file non è un JSON valido ({{detail}}).',
    forbiddenKey: 'Il file contiene un nome di campo non ammesso',
    notRotta:
      'Questo non è un file di roadmap di Rotta (il campo "format" dovrebbe valere "rotta-roadmap")',
    isBackup: 'Questo è un backup della libreria. Usa “Ripristina backup” per caricarlo.',
    isRoadmap: 'Questo è il file di una sola roadmap. Usa “Importa roadmap” per caricarlo.',
    badVersion: 'La versione del file manca o non è un numero intero',
    newerVersion:
      'Questo file è stato creato da una versione più recente di Rotta (versione del file {{version}}; questa app legge fino alla {{supported}}). Aggiorna Rotta e importalo di nuovo.',
    moreProblems: '…e altri {{count}} problemi.',
    at: 'in {{where}}',
    reading: 'Lettura del file…',
  },
  validation: {
    required: 'Campo obbligatorio.',
    missing: 'Questo campo manca.',
    tooShort: 'Usa almeno {{minimum}} caratteri.',
    tooLong: 'Usa al massimo {{maximum}} caratteri.',
    tooSmall: 'Deve essere almeno {{minimum}}.',
    tooBig: 'Deve essere al massimo {{maximum}}.',
    tooFewItems: 'Servono almeno {{minimum}} elementi.',
    tooManyItems: 'Ha più di {{maximum}} elementi.',
    wrongType: 'Dovrebbe essere {{expected}}, invece è {{found}}.',
    date: 'Usa una data come 2026-03-31.',
    dateTime: 'Usa data e ora come 2026-03-31T09:00:00Z.',
    format: 'Il valore non è nella forma prevista.',
    oneOf: 'Deve essere uno tra {{options}}.',
    unknownFields: 'Campi sconosciuti: {{fields}}.',
    wrongRoadmap: 'Questa riga appartiene a un’altra roadmap.',
    duplicateId: 'Questo id è usato due volte.',
    targetAboveBaseline: 'Per aumentare, il traguardo deve superare il valore di partenza.',
    targetBelowBaseline: 'Per diminuire, il traguardo deve essere sotto il valore di partenza.',
    deadlineAfterStart: 'La scadenza deve venire dopo la data di inizio.',
    ownCompanyMissing: 'Tra i soggetti della roadmap manca la tua azienda.',
    ownCompanyTwice: 'La roadmap ha più di una “tua azienda”.',
    duplicateName: 'Questo nome è usato due volte.',
    unknownReference: 'Questo rimanda a una riga che non è nel file.',
    duplicateMeasurement: 'Questo KPI ha due valori nella stessa data.',
    duplicateScore: 'Questo valutatore ha votato due volte lo stesso soggetto e tema.',
    number: {
      required: 'Scrivi un numero.',
      malformed: 'Scrivi un numero, per esempio 42.000 o 12,5.',
      ambiguous: 'Scrivi i decimali con la virgola e le migliaia con il punto: 12,5 o 42.000.',
      tooLarge: 'Il numero è troppo grande.',
      negative: 'Il numero non può essere negativo.',
      notInteger: 'Scrivi un numero intero, senza decimali.',
      between: 'Scrivi un numero da {{min}} a {{max}}.',
      atLeast: 'Scrivi un numero pari ad almeno {{min}}.',
      atMost: 'Scrivi un numero non superiore a {{max}}.',
    },
    duplicateStageNote: 'Questa tappa ha due note.',
    endBeforeStart: 'La data di fine non può precedere quella di inizio.',
    duplicateLevel:
      'Questo livello è indicato due volte per la stessa persona o ruolo e competenza.',
    levelHolder:
      'I livelli richiesti appartengono ai ruoli; quelli attuali a un ruolo o a una persona di questa roadmap.',
    duplicateRollout: 'Questo canale ha due piani di rilascio.',
    pilotAfterGoLive: 'Il pilota deve precedere la data di go live.',
    rolloutOrder: 'Le fasi vanno in ordine: pilota, poi avvio graduale, poi avvio completo.',
  },
  roadmapForm: {
    ownCompanyFallback: 'La nostra azienda',
    createTitle: 'Nuova roadmap',
    renameTitle: 'Dettagli della roadmap',
    name: 'Nome',
    namePlaceholder: 'es. Servizio digitale 2027',
    company: 'Azienda',
    workshopDate: 'Data del workshop',
    author: 'A cura di',
    notes: 'Note',
    create: 'Crea roadmap',
    save: 'Salva i dettagli',
    cancel: 'Annulla',
    optional: 'facoltativo',
  },
  roadmap: {
    notFoundTitle: 'Roadmap non trovata',
    notFoundBody:
      'Potrebbe essere stata eliminata o trovarsi in un altro browser. Importa il suo file per aprirla qui.',
    export: 'Esporta roadmap',
    exported: 'Salvato {{file}}.',
    details: 'Dettagli',
    stageOf: 'Tappa {{number}} di 7',
    previous: 'Precedente: {{stage}}',
    next: 'Successiva: {{stage}}',
    stageError: 'Non è stato possibile mostrare questa tappa.',
    stageErrorHelp:
      'I tuoi dati sono al sicuro. Riprova, oppure esporta la roadmap e segnala il problema.',
    pager: 'Tappa precedente e successiva',
    tryAgain: 'Riprova',
  },
  stepper: {
    label: 'Tappe',
    status: { 'not-started': 'da iniziare', 'in-progress': 'in corso', done: 'completata' },
  },
  stages: {
    'starting-point': {
      title: 'Punto di partenza',
      short: 'Partenza',
      purpose:
        'Fai il punto su dove si trova l’azienda oggi. Dai un voto da 1 (scarso) a 5 (eccellente) prima ai concorrenti e poi alla tua azienda su due temi: quanto sanno usare i canali digitali e quanto è solida la loro cultura del servizio clienti.',
      tips: [
        'Valuta prima i concorrenti, guardandoli con gli occhi di un cliente, poi la tua azienda con lo stesso metro.',
        'Tieni separati i due temi: si può essere presenti ovunque online e servire male i clienti.',
        'Annota che cosa hai osservato dietro ogni voto, così in sala si discute di fatti e non di impressioni.',
      ],
    },
    goals: {
      title: 'Obiettivi e tempistiche',
      short: 'Obiettivi',
      purpose:
        'Fissa uno o più obiettivi con un effetto diretto sul business, ciascuno con un traguardo e una scadenza.',
      tips: [
        'Obiettivi tipici: meno chiamate al call center, un costo medio per interazione più basso, operatori più produttivi, clienti più soddisfatti che restano, risposte più rapide.',
        'Per ogni obiettivo scrivi chiaramente che cosa guadagna l’azienda quando lo raggiunge.',
        'Decidi gli obiettivi prima dei canali: i canali sono un mezzo, non il fine.',
      ],
    },
    channels: {
      title: 'Canali',
      short: 'Canali',
      purpose:
        'Scegli i canali digitali da aggiungere in base ai dati: chi sono i tuoi clienti, che cosa dicono di preferire e che cosa offrono i concorrenti.',
      tips: [
        'Chiedi a un campione di clienti quali canali userebbero e perché, e confronta le risposte con l’idea iniziale.',
        'Prima di aggiungere un canale, fai funzionare bene quelli già in uso.',
        'Lascia sempre un modo per parlare con una persona: prima il fai-da-te, poi la chat, poi un operatore.',
      ],
    },
    kpis: {
      title: 'Metriche (KPI) e monitoraggio',
      short: 'KPI',
      purpose:
        'Decidi come misurare i progressi: quali metriche, con che frequenza e con quali strumenti.',
      tips: [
        'Parti dagli obiettivi: ogni obiettivo ha bisogno di almeno un KPI e ogni KPI dovrebbe servire un obiettivo.',
        'Una piattaforma di servizio clienti con report in tempo reale fa da pannello di controllo del progetto.',
      ],
    },
    journey: {
      title: 'Itinerario del cliente',
      short: 'Itinerario',
      purpose:
        'Disegna ogni punto di contatto tra il cliente e l’azienda, fase per fase, con il canale e il dispositivo usati.',
      tips: [
        'Percorri l’itinerario nei panni del cliente, dalla prima ricerca al contatto dopo l’acquisto.',
        'Segna dove l’emozione cala: lì un’esperienza progettata rende di più.',
      ],
    },
    training: {
      title: 'Formazione',
      short: 'Formazione',
      purpose:
        'Prepara le persone. Servire i clienti in conversazioni online è un mestiere nuovo, con ritmi, tono di voce e visibilità pubblica diversi.',
      tips: [
        'Pianifica tutta la formazione in anticipo, prima del go live.',
        'Copri entrambi i lati: gli strumenti (tecnica) e il modo di scrivere e comportarsi (comportamentale).',
      ],
    },
    'go-live': {
      title: 'Go live',
      short: 'Go live',
      purpose:
        'Fissa la data del go live, pianifica l’avvio di ogni canale e verifica che tutto sia pronto.',
      tips: [
        'Se il rischio è alto, parti con un pilota su un solo canale.',
        'Dai all’intero piano una forma grafica che tutti capiscano a colpo d’occhio: la mappa strategica.',
      ],
    },
    'strategy-map': {
      title: 'Mappa strategica',
      short: 'Mappa',
      purpose:
        'Tutta la roadmap in una pagina, da dove sei a dove vuoi arrivare, pronta da stampare o condividere.',
      tips: ['Stampala su A4 o A3 orizzontale, oppure esportala come immagine per le slide.'],
    },
  },
  stage: {
    aboutThisStage: 'A cosa serve questa tappa',
    tipsHeading: 'Consigli',
    comingTitle: 'Gli strumenti di questa tappa sono in arrivo',
    comingBody:
      'Gli strumenti propri di questa tappa non sono ancora pronti. Nel frattempo tieni qui gli appunti del team: si salvano mentre scrivi e viaggiano con il file della roadmap.',
    notesLabel: 'Appunti del workshop',
    notesHelp: 'Salvati automaticamente mentre scrivi.',
    seeSample: 'Guarda la roadmap di esempio',
  },
} satisfies Catalog;
