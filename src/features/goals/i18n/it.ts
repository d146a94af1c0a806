import type { Widen } from '../../../i18n/en';
import type { goalsEn } from './en';

/** Testi italiani della tappa 2 (obiettivi e tempi). */
export const goalsIt = {
  goals: {
    addGoal: 'Aggiungi obiettivo',
    newGoalTitle: 'Nuovo obiettivo',
    startFrom: 'Parti da',
    startFromHelp:
      'Scegli uno dei cinque obiettivi tipici del metodo oppure scrivine uno tuo. Ogni campo si può modificare.',
    custom: 'Obiettivo personalizzato',
    customDescription: 'Un obiettivo tutto tuo, a partire da un modulo vuoto.',
    fields: {
      title: 'Titolo',
      description: 'Descrizione',
      direction: 'Direzione',
      baseline: 'Valore di partenza',
      target: 'Traguardo',
      unit: 'Unità',
      startDate: 'Data di inizio',
      deadline: 'Scadenza',
      benefit: 'Beneficio atteso',
      priority: 'Priorità',
      owner: 'Responsabile',
    },
    hints: {
      numbers: 'Un numero, per esempio 38.000 o 4,8. Lascia vuoto se non lo conosci ancora.',
      benefit: 'Che cosa guadagna l’azienda quando l’obiettivo è raggiunto.',
      unit: 'Per esempio chiamate/mese, €, %.',
      optional: 'facoltativo',
    },
    directions: { increase: 'Aumentare', decrease: 'Ridurre' },
    directionArrows: { increase: '↑ aumentare', decrease: '↓ ridurre' },
    priorities: { high: 'Alta', medium: 'Media', low: 'Bassa' },
    priorityBadge: { high: 'Priorità alta', medium: 'Priorità media', low: 'Priorità bassa' },
    save: 'Salva obiettivo',
    cancel: 'Annulla',
    created: 'Obiettivo “{{title}}” aggiunto.',
    listHeading: 'Obiettivi per scadenza',
    count_one: '{{count}} obiettivo',
    count_other: '{{count}} obiettivi',
    count_many: '{{count}} di obiettivi',
    emptyTitle: 'Ancora nessun obiettivo',
    emptyBody:
      'Qui compare ogni obiettivo con il suo traguardo, la scadenza e il beneficio che porta, insieme a una linea del tempo. Parti da uno degli obiettivi tipici: meno chiamate, costi più bassi, operatori più produttivi, clienti più soddisfatti o risposte più rapide.',
    edit: 'Modifica',
    editGoal: 'Modifica “{{title}}”',
    editing: 'Modifica di “{{title}}”',
    editHelp: 'Le modifiche si salvano da sole quando tutti i campi sono validi.',
    done: 'Fatto',
    delete: 'Elimina',
    deleteGoal: 'Elimina “{{title}}”',
    confirmDeleteTitle: 'Eliminare l’obiettivo “{{title}}”?',
    confirmDeleteBody:
      'L’obiettivo sarà tolto da questa roadmap. Per qualche secondo potrai annullare.',
    deleted: 'Obiettivo “{{title}}” eliminato.',
    undo: 'Annulla',
    restored: 'Obiettivo “{{title}}” ripristinato.',
    actionFailed: 'La modifica non è stata salvata.',
    notSet: 'non indicato',
    noDeadline: 'Scadenza non ancora fissata',
    deadlineOn: 'Scadenza {{date}}',
    startOn: '{{date, dal}}',
    ownerIs: 'Responsabile: {{owner}}',
    benefitLabel: 'Beneficio',
    measure: 'Da {{baseline}} a {{target}}',
    timeline: {
      heading: 'Linea del tempo',
      summary:
        'Ogni obiettivo è una barra dalla data di inizio alla scadenza; la linea verticale indica oggi. Una barra tratteggiata non ha ancora una data di inizio.',
      today: 'Oggi',
      tableCaption: 'Obiettivi sulla linea del tempo',
      goal: 'Obiettivo',
      start: 'Inizio',
      deadline: 'Scadenza',
      empty: 'Gli obiettivi con una scadenza compaiono qui su una linea del tempo.',
      withoutDeadline_one: '{{count}} obiettivo senza scadenza non è sulla linea del tempo.',
      withoutDeadline_other: '{{count}} obiettivi senza scadenza non sono sulla linea del tempo.',
      withoutDeadline_many: '{{count}} di obiettivi senza scadenza non sono sulla linea del tempo.',
    },
  },
  goalCatalogue: {
    'fewer-calls': {
      title: 'Meno chiamate al call center',
      description:
        'Spostare le domande di routine sul self-service e sui canali digitali, così il call center riceve meno chiamate.',
      unit: 'chiamate/mese',
    },
    'lower-cost': {
      title: 'Costo più basso per interazione',
      description:
        'Ridurre il costo medio di ogni contatto gestito: canali meno costosi e più richieste risolte al primo contatto.',
      unit: '€ per interazione',
    },
    'agent-productivity': {
      title: 'Operatori più produttivi',
      description:
        'Aumentare i contatti che ogni operatore risolve in un’ora, per esempio gestendo più chat insieme.',
      unit: 'contatti per ora-operatore',
    },
    satisfaction: {
      title: 'Clienti più soddisfatti e fedeli',
      description: 'Aumentare la soddisfazione dei clienti e ridurre gli abbandoni.',
      unit: 'CSAT %',
    },
    'faster-response': {
      title: 'Risposte più rapide',
      description: 'Ridurre il tempo che i clienti aspettano per una prima risposta.',
      unit: 'ore alla prima risposta',
    },
  },
} satisfies Widen<typeof goalsEn>;
