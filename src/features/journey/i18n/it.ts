import type { Widen } from '../../../i18n/en';
import type { journeyEn } from './en';

/** Testi italiani della tappa 5 (customer journey) e della sua parte nella roadmap di esempio. */
export const journeyIt = {
  journey: {
    emptyTitle: 'Nessun percorso ancora',
    emptyBody:
      'La mappa mostra il percorso del cliente in colonne, una per fase, e per ogni fase che cosa fa, che cosa si aspetta, dove vi incontra, come si sente, che cosa non va e che cosa potreste fare meglio. Partite da un insieme di fasi e rinominatele come serve ai vostri clienti.',
    templatesHeading: 'Parti da',
    useTemplate: 'Usa “{{name}}”',
    templates: {
      lifecycle: {
        name: 'Ciclo di vita del cliente',
        description: 'Sei fasi che ogni azienda attraversa con i suoi clienti.',
        phases: {
          discover: 'Scoperta',
          consider: 'Confronto',
          buy: 'Acquisto',
          use: 'Utilizzo',
          getHelp: 'Richiesta di aiuto',
          renewOrLeave: 'Rinnovo o abbandono',
        },
      },
      airline: {
        name: 'Viaggio in aereo',
        description:
          'L’esempio del metodo: un passeggero dalla prima idea di viaggio a dopo l’atterraggio.',
        phases: {
          inspiration: 'Sogno di un viaggio',
          booking: 'Prenotazione',
          beforeTrip: 'Preparativi',
          airport: 'In aeroporto',
          flight: 'A bordo',
          afterTrip: 'Dopo l’atterraggio',
        },
      },
    },
    fromScratch: 'Parti da zero',
    fromScratchDescription: 'Una fase vuota; le altre le aggiungete e le nominate voi.',
    sampleHint:
      'La roadmap di esempio nella libreria contiene un percorso completo di una compagnia aerea.',
    mapHeading: 'Mappa del percorso',
    mapHelp:
      'Modificate qualsiasi cella: si salva da sola. Riordinate fasi e punti di contatto con i pulsanti a freccia, trascinando la maniglia ⠿ oppure da tastiera: mettete il fuoco sulla maniglia, premete Spazio, spostate con le frecce, premete di nuovo Spazio.',
    cardDetails_one: 'Responsabile, KPI e pulsanti per spostare su {{count}} scheda',
    cardDetails_many: 'Responsabile, KPI e pulsanti per spostare su {{count}} di schede',
    cardDetails_other: 'Responsabile, KPI e pulsanti per spostare su {{count}} schede',
    addPhase: 'Aggiungi fase',
    newPhaseName: 'Fase {{number}}',
    phasesLabel: 'Fasi',
    lanes: {
      doing: 'Che cosa fa il cliente',
      expecting: 'Che cosa si aspetta',
      touchpoints: 'Punti di contatto',
      emotion: 'Emozione',
      painPoints: 'Punti critici',
      opportunities: 'Opportunità',
    },
    laneField: '{{lane}} in {{phase}}',
    phaseName: 'Nome della fase {{number}}',
    phaseActions: 'Azioni per {{phase}}',
    dragPhase: 'Trascina la fase {{phase}}',
    movePhaseLeft: 'Sposta {{phase}} a sinistra',
    movePhaseRight: 'Sposta {{phase}} a destra',
    deletePhase: 'Elimina la fase {{phase}}',
    deletePhaseTitle: 'Eliminare la fase “{{phase}}”?',
    deletePhaseBodyEmpty:
      'La fase esce dalla mappa con i suoi testi; nessun punto di contatto. Potete annullare subito dopo.',
    deletePhaseBody_one:
      'La fase esce dalla mappa con i suoi testi e il suo punto di contatto. Potete annullare subito dopo.',
    deletePhaseBody_other:
      'La fase esce dalla mappa con i suoi testi e i suoi {{count}} punti di contatto. Potete annullare subito dopo.',
    deletePhaseBody_many:
      'La fase esce dalla mappa con i suoi testi e i suoi {{count}} di punti di contatto. Potete annullare subito dopo.',
    confirmDelete: 'Elimina la fase',
    cancel: 'Annulla',
    phaseDeleted: 'Fase “{{phase}}” eliminata.',
    phaseRestored: 'La fase “{{phase}}” è tornata.',
    undo: 'Annulla',
    emotion: {
      label: 'Emozione in {{phase}}',
      none: 'Non valutata',
      scale: {
        '2': '+2 entusiasta',
        '1': '+1 soddisfatto',
        '0': '0 neutro',
        '-1': '−1 infastidito',
        '-2': '−2 frustrato',
      },
      curveTitle: 'Curva delle emozioni',
      summary: 'Come si sente il cliente, fase per fase: {{list}}.',
      notScored: 'non valutata',
    },
    touchpoints: {
      listLabel: 'Punti di contatto in {{phase}}',
      none: 'Ancora nessun punto di contatto.',
      add: 'Aggiungi punto di contatto',
      addTo: 'Aggiungi punto di contatto alla fase {{phase}}',
      drag: 'Trascina il punto di contatto {{name}}',
      edit: 'Modifica il punto di contatto {{name}}',
      moveUp: 'Sposta {{name}} in su',
      moveDown: 'Sposta {{name}} in giù',
      moveToPrevious: 'Sposta {{name}} nella fase precedente',
      moveToNext: 'Sposta {{name}} nella fase successiva',
      remove: 'Elimina il punto di contatto {{name}}',
      deleted: 'Punto di contatto “{{name}}” eliminato.',
      restored: 'Il punto di contatto “{{name}}” è tornato.',
      added: 'Punto di contatto aggiunto alla fase {{phase}}.',
      channel: 'Canale',
      device: 'Dispositivo',
      owner: 'Responsabile',
      kpi: 'Misurato da',
      noChannel: 'Nessun canale',
    },
    form: {
      newTitle: 'Nuovo punto di contatto in {{phase}}',
      editTitle: 'Punto di contatto in {{phase}}',
      editHelp: 'Le modifiche si salvano da sole.',
      description: 'Che cosa succede',
      descriptionHint: 'Per esempio: “controlla il gate sull’app”.',
      channel: 'Canale',
      channelHint: 'Uno dei canali scelti nella tappa 3.',
      noChannels: 'Nessun canale ancora: sceglieteli nella tappa 3.',
      device: 'Dispositivo',
      otherDevice: 'Altro dispositivo…',
      customDevice: 'Nome del dispositivo',
      customDeviceHint: 'Verrà proposto anche per i prossimi punti di contatto.',
      owner: 'Responsabile',
      ownerHint: 'Il gruppo o la persona che se ne occupa.',
      kpi: 'Misurato dal KPI',
      noKpi: 'Nessun KPI',
      kpiHint: 'Facoltativo: il KPI della tappa 4 che mostra come va questo momento.',
      noKpis: 'Nessun KPI ancora: definiteli nella tappa 4.',
      submit: 'Aggiungi punto di contatto',
      done: 'Fatto',
      notSaved: 'Non salvato: correggete il campo segnalato qui sotto.',
    },
    devices: {
      smartphone: 'Smartphone',
      tablet: 'Tablet',
      pc: 'PC',
      tv: 'TV',
      phone: 'Telefono',
      'in-person': 'Di persona',
      kiosk: 'Totem',
      smartwatch: 'Smartwatch',
      'voice-assistant': 'Assistente vocale',
    },
    matrix: {
      heading: 'Canali e dispositivi',
      intro:
        'Dove si usa ogni canale lungo il percorso, per dispositivo: il numero di punti di contatto e le fasi in cui si trovano. Una riga vuota è un canale che il percorso non usa mai.',
      fold_one:
        '{{count}} punto di contatto: canali usati {{used}} su {{channels}}, dispositivi {{devices}}',
      fold_many:
        '{{count}} di punti di contatto: canali usati {{used}} su {{channels}}, dispositivi {{devices}}',
      fold_other:
        '{{count}} punti di contatto: canali usati {{used}} su {{channels}}, dispositivi {{devices}}',
      caption: 'Punti di contatto per canale e dispositivo',
      channel: 'Canale',
      total: 'Totale',
      empty: 'Aggiungete punti di contatto per vedere quali canali e dispositivi usa il percorso.',
      cell_one: '{{count}} in {{phases}}',
      cell_other: '{{count}} in {{phases}}',
      cell_many: '{{count}} in {{phases}}',
      notUsed: 'non nel percorso',
    },
    dnd: {
      instructions:
        'Per prendere un elemento premete Spazio o Invio. Mentre lo trascinate usate le frecce per spostarlo. Premete di nuovo Spazio o Invio per lasciarlo dove si trova, oppure Esc per annullare.',
      pickedUp: 'Preso {{item}}.',
      movedOver: '{{item}} è sopra {{target}}.',
      notOver: '{{item}} non è più sopra una destinazione.',
      dropped: '{{item}} lasciato su {{target}}.',
      droppedNowhere: '{{item}} lasciato.',
      cancelled: 'Spostamento di {{item}} annullato.',
      endOf: 'la fine di {{phase}}',
    },
  },
  sampleJourney: {
    phases: [
      {
        name: 'Sogno di un viaggio',
        doing:
          'Guarda tariffe e idee sui social network, confronta le compagnie, chiede ad amici che hanno volato con noi.',
        expecting:
          'Prezzi chiari con tutti i supplementi in vista, e idee che facciano venire voglia di partire.',
        painPoints:
          'I costi del bagaglio compaiono solo alla fine; le recensioni sui social restano senza risposta.',
        opportunities:
          'Rispondere in giornata alle domande pubbliche; mostrare subito il prezzo completo.',
        touchpoints: [
          'Vede un’offerta in un post e chiede del bagaglio nei commenti',
          'Legge nelle FAQ che cosa comprende la tariffa',
          'Confronta le tariffe sul sito',
        ],
      },
      {
        name: 'Prenotazione',
        doing: 'Sceglie volo, posti e bagaglio, paga e riceve la conferma.',
        expecting:
          'Una prenotazione fatta in pochi minuti, con un aiuto a portata di mano se la carta viene rifiutata.',
        painPoints:
          'Gli errori di pagamento finiscono in una telefonata; l’email di conferma a volte arriva tardi.',
        opportunities:
          'Offrire la chat nella pagina di pagamento; inviare di nuovo la conferma dall’app.',
        touchpoints: [
          'Prenota e paga sul sito',
          'Telefona perché il pagamento non è andato a buon fine',
          'Riceve la conferma della prenotazione per email',
          'Chiede in chat un posto per un bambino',
        ],
      },
      {
        name: 'Preparativi',
        doing:
          'Fa il check-in online, aggiunge un bagaglio, controlla che cosa può portare in cabina.',
        expecting: 'Un promemoria per tempo e la carta d’imbarco sul telefono.',
        painPoints: 'Per cambiare il nome su un biglietto serve ancora una telefonata.',
        opportunities: 'Permettere di correggere da soli i piccoli errori con la knowledge base.',
        touchpoints: [
          'Fa il check-in online e riceve la carta d’imbarco',
          'Cerca le regole sul bagaglio a mano',
          'Scrive un’email per cambiare un nome sul biglietto',
        ],
      },
      {
        name: 'In aeroporto',
        doing:
          'Lascia il bagaglio, passa i controlli, aspetta al gate; a volte il volo è in ritardo.',
        expecting: 'Code brevi e notizie sincere e tempestive quando qualcosa va storto.',
        painPoints:
          'I ritardi vengono annunciati tardi; il call centre è intasato e la coda al banco è lunga.',
        opportunities:
          'Inviare le notizie sui ritardi per messaggio con i passi successivi; riprenotare in chat invece che al banco.',
        touchpoints: [
          'Lascia il bagaglio al totem self-service',
          'Chiede al banco notizie sul volo in ritardo',
          'Chiama il call centre per essere riprotetto',
          'Si lamenta del ritardo sui social network',
        ],
      },
      {
        name: 'A bordo',
        doing: 'Si imbarca, mangia, riposa; chiede aiuto all’equipaggio.',
        expecting: 'Un equipaggio gentile e notizie sulle coincidenze prima di atterrare.',
        painPoints: 'Nessuna informazione sulle coincidenze fino all’atterraggio.',
        opportunities: 'Annunciare i gate delle coincidenze a bordo e nell’app.',
        touchpoints: ['Viene aiutato dal personale di cabina', 'Controlla la coincidenza nell’app'],
      },
      {
        name: 'Dopo l’atterraggio',
        doing: 'Ritira il bagaglio, lo denuncia se manca, chiede un rimborso o un indennizzo.',
        expecting:
          'Una pratica semplice, aggiornamenti senza doverli chiedere, soldi restituiti in fretta.',
        painPoints:
          'Le pratiche per i bagagli smarriti durano settimane e ogni aggiornamento costa una telefonata.',
        opportunities:
          'Seguire le pratiche nella knowledge base e inviare aggiornamenti per messaggio.',
        touchpoints: [
          'Denuncia al banco un bagaglio mancante',
          'Telefona per avere notizie del bagaglio',
          'Compila il modulo di rimborso',
          'Risponde per email al questionario di soddisfazione',
        ],
      },
    ],
    owners: {
      social: 'Team social media',
      web: 'E-commerce',
      contact: 'Servizio clienti',
      airport: 'Personale di terra',
      crew: 'Personale di cabina',
      digital: 'Team digitale',
    },
  },
} satisfies Widen<typeof journeyEn>;
