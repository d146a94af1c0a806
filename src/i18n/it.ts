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
    allSaved: 'Tutto salvato',
    failed: 'Non salvato',
    notSaved: 'Non è stato salvato nulla.',
    retrying: 'Non ancora salvato: nuovo tentativo in corso. Quello che hai scritto resta.',
    exportedFile: 'Salvato {{file}}.',
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
    count_many: '{{count}} di roadmap',
    columns: {
      name: 'Roadmap',
      company: 'Azienda',
      updated: 'Ultima modifica',
      progress: 'Avanzamento',
      actions: 'Azioni',
    },
    progress: '{{done}} di 7 tappe completate',
    stagesStarted_one: '{{count}} avviata',
    stagesStarted_other: '{{count}} avviate',
    stagesStarted_many: '{{count}} avviate',
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
    restoredBackup_many: 'Ripristinate {{count}} di roadmap dal backup.',
    backupSaved: 'Backup salvato come {{file}}.',
    confirmDeleteTitle: 'Eliminare “{{name}}”?',
    confirmDeleteBody:
      'La roadmap e tutte le sue tappe verranno rimosse da questo browser. Potrai annullare per qualche secondo.',
    cancel: 'Annulla',
    sampleLoaded: 'Roadmap di esempio caricata.',
    emptyBackup: 'Non c’è ancora niente da salvare.',
  },
  stages: {
    'starting-point': {
      title: 'Punto di partenza',
      short: 'Partenza',
    },
    goals: {
      title: 'Obiettivi e tempistiche',
      short: 'Obiettivi',
    },
    channels: {
      title: 'Canali',
      short: 'Canali',
    },
    kpis: {
      title: 'Metriche (KPI) e monitoraggio',
      short: 'KPI',
    },
    journey: {
      title: 'Itinerario del cliente',
      short: 'Itinerario',
    },
    training: {
      title: 'Formazione',
      short: 'Formazione',
    },
    'go-live': {
      title: 'Go live',
      short: 'Go live',
    },
    'strategy-map': {
      title: 'Mappa strategica',
      short: 'Mappa',
    },
  },
} satisfies Catalog;
