import type { Widen } from '../../../i18n/en';
import type { stagePagesEn } from './en';

/** Testi italiani delle pagine di una roadmap: la barra, le tappe in alto e la pagina di ogni tappa. */
export const stagePagesIt = {
  roadmap: {
    notFoundTitle: 'Roadmap non trovata',
    notFoundBody:
      'Potrebbe essere stata eliminata o trovarsi in un altro browser. Importa il suo file per aprirla qui.',
    export: 'Esporta roadmap',
    exportShort: 'Esporta',
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
  stageGuide: {
    'starting-point': {
      purpose:
        'Fai il punto su dove si trova l’azienda oggi. Dai un voto da 1 (scarso) a 5 (eccellente) prima ai concorrenti e poi alla tua azienda su due temi: quanto sanno usare i canali digitali e quanto è solida la loro cultura del servizio clienti.',
      tips: [
        'Valuta prima i concorrenti, guardandoli con gli occhi di un cliente, poi la tua azienda con lo stesso metro.',
        'Tieni separati i due temi: si può essere presenti ovunque online e servire male i clienti.',
        'Annota che cosa hai osservato dietro ogni voto, così in sala si discute di fatti e non di impressioni.',
      ],
    },
    goals: {
      purpose:
        'Fissa uno o più obiettivi con un effetto diretto sul business, ciascuno con un traguardo e una scadenza.',
      tips: [
        'Obiettivi tipici: meno chiamate al call center, un costo medio per interazione più basso, operatori più produttivi, clienti più soddisfatti che restano, risposte più rapide.',
        'Per ogni obiettivo scrivi chiaramente che cosa guadagna l’azienda quando lo raggiunge.',
        'Decidi gli obiettivi prima dei canali: i canali sono un mezzo, non il fine.',
      ],
    },
    channels: {
      purpose:
        'Scegli i canali digitali da aggiungere in base ai dati: chi sono i tuoi clienti, che cosa dicono di preferire e che cosa offrono i concorrenti.',
      tips: [
        'Chiedi a un campione di clienti quali canali userebbero e perché, e confronta le risposte con l’idea iniziale.',
        'Prima di aggiungere un canale, fai funzionare bene quelli già in uso.',
        'Lascia sempre un modo per parlare con una persona: prima il fai-da-te, poi la chat, poi un operatore.',
      ],
    },
    kpis: {
      purpose:
        'Decidi come misurare i progressi: quali metriche, con che frequenza e con quali strumenti.',
      tips: [
        'Parti dagli obiettivi: ogni obiettivo ha bisogno di almeno un KPI e ogni KPI dovrebbe servire un obiettivo.',
        'Una piattaforma di servizio clienti con report in tempo reale fa da pannello di controllo del progetto.',
      ],
    },
    journey: {
      purpose:
        'Disegna ogni punto di contatto tra il cliente e l’azienda, fase per fase, con il canale e il dispositivo usati.',
      tips: [
        'Percorri l’itinerario nei panni del cliente, dalla prima ricerca al contatto dopo l’acquisto.',
        'Segna dove l’emozione cala: lì un’esperienza progettata rende di più.',
      ],
    },
    training: {
      purpose:
        'Prepara le persone. Servire i clienti in conversazioni online è un mestiere nuovo, con ritmi, tono di voce e visibilità pubblica diversi.',
      tips: [
        'Pianifica tutta la formazione in anticipo, prima del go live.',
        'Copri entrambi i lati: gli strumenti (tecnica) e il modo di scrivere e comportarsi (comportamentale).',
      ],
    },
    'go-live': {
      purpose:
        'Fissa la data del go live, pianifica l’avvio di ogni canale e verifica che tutto sia pronto.',
      tips: [
        'Se il rischio è alto, parti con un pilota su un solo canale.',
        'Dai all’intero piano una forma grafica che tutti capiscano a colpo d’occhio: la mappa strategica.',
      ],
    },
    'strategy-map': {
      purpose:
        'Tutta la roadmap in una pagina, da dove sei a dove vuoi arrivare, pronta da stampare o condividere.',
      tips: ['Stampala su A4 o A3 orizzontale, oppure esportala come immagine per le slide.'],
    },
  },
  history: {
    undo: 'Annulla',
    redo: 'Ripeti',
    undoWhat: 'Annulla {{what}} (Ctrl+Z)',
    redoWhat: 'Ripeti {{what}} (Ctrl+Maiusc+Z)',
    nothingToUndo: 'Niente da annullare',
    nothingToRedo: 'Niente da ripetere',
    undone: 'Annullato: {{what}}.',
    redone: 'Ripetuto: {{what}}.',
    failed: 'Non è stato possibile annullare: {{detail}}. Non è cambiato nulla e puoi riprovare.',
    notLatest: 'Dopo ci sono state altre modifiche: usa Annulla in alto, un passo alla volta.',
    roadmap: 'i dati della roadmap',
    action: {
      edit: 'la modifica in {{stage}}',
      editNamed: 'la modifica di “{{name}}”',
      add: 'l’aggiunta in {{stage}}',
      addNamed: 'l’aggiunta di “{{name}}”',
      remove: 'l’eliminazione in {{stage}}',
      removeNamed: 'l’eliminazione di “{{name}}”',
      move: 'il nuovo ordine in {{stage}}',
      moveNamed: 'lo spostamento di “{{name}}”',
      import: 'l’importazione in {{stage}}',
      importNamed: 'l’importazione di “{{name}}”',
      score: 'il punteggio in {{stage}}',
      scoreNamed: 'il punteggio di “{{name}}”',
      fill: 'la compilazione in {{stage}}',
      fillNamed: 'la compilazione di “{{name}}”',
      vote: 'la votazione a bollini in {{stage}}',
      voteNamed: 'i bollini su “{{name}}”',
      room: 'le risposte della stanza dal vivo in {{stage}}',
      roomNamed: 'le risposte della stanza dal vivo {{name}}',
    },
  },
} satisfies Widen<typeof stagePagesEn>;
