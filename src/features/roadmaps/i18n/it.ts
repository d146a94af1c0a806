import type { Widen } from '../../../i18n/en';
import type { sampleRoadmapEn } from './en';

/** Testi italiani della roadmap di esempio (la roadmap e le tappe 1-3; le tappe successive tengono i loro testi di esempio con le proprie stringhe). */
export const sampleRoadmapIt = {
  sample: {
    name: 'Libeccio Air – servizio digitale 2027',
    company: 'Libeccio Air S.p.A.',
    author: 'Giulia Ferraris, direttrice del servizio clienti',
    notes:
      'Compagnia aerea regionale con base a Pisa, 14 aerei, 2,1 milioni di passeggeri l’anno. Il call center gestisce 38.000 contatti al mese; il consiglio vuole spostare online le richieste di routine senza perdere il tocco personale.',
    competitors: [
      {
        name: 'Maestrale Airways',
        website: 'https://maestrale.example',
        digital: 'Risponde su Instagram e WhatsApp entro un’ora; cambio volo dall’app.',
        culture: 'Cordiali, ma le risposte sembrano copioni.',
      },
      {
        name: 'Tramontana Jet',
        website: 'https://tramontana.example',
        digital: 'Chatbot sul sito, senza passaggio a un operatore.',
        culture: 'Attese lunghe, lamentele nelle recensioni pubbliche.',
      },
      {
        name: 'Grecale Volo',
        website: 'https://grecale.example',
        digital: 'Solo email, due giorni lavorativi.',
        culture: 'Gli operatori possono rimborsare subito.',
      },
      {
        name: 'Scirocco Air',
        website: 'https://scirocco.example',
        digital: 'Buona app, live chat nelle ore di punta.',
        culture: 'Risposte coerenti su tutti i canali.',
      },
    ],
    ownEvidence: {
      digital: 'Email evase in due giorni; pagina Facebook gestita dal marketing.',
      culture: 'Operatori cordiali che conoscono bene le rotte.',
    },
    assessors: ['Giulia', 'Marco', 'Elena'],
    demographicsSource: 'CRM, clienti attivi, ottobre 2026',
    goals: [
      {
        title: 'Meno chiamate su bagagli e check-in',
        unit: 'chiamate/mese',
        benefit:
          'Circa 9.000 chiamate in meno al mese liberano due operatori per i casi complessi e riducono le attese d’estate.',
        description: 'Spostare le domande di routine su FAQ, app e chat.',
        owner: 'Giulia Ferraris',
      },
      {
        title: 'Rispondere sui social in giornata',
        unit: 'ore',
        benefit:
          'Le lamentele pubbliche ricevono risposta prima di diffondersi; meno passeggeri richiamano al telefono.',
        description: 'Tempo di prima risposta su Facebook, Instagram e X.',
        owner: 'Team social media',
      },
      {
        title: 'Ridurre il costo medio per interazione',
        unit: '€',
        benefit: 'Risparmio di circa 180.000 € l’anno ai volumi attuali.',
        description: 'Mix di telefono, email, chat e fai-da-te.',
        owner: 'Controller del servizio clienti',
      },
    ],
    stageNotes: {
      'starting-point':
        'I concorrenti rispondono su Instagram entro un’ora; noi alle email in due giorni. In sala tutti concordano: operatori gentili ma lenti.',
      goals:
        'Priorità uno: meno chiamate su bagagli e check-in. Priorità due: rispondere sui social in giornata.',
      channels:
        'Idea iniziale: un canale WhatsApp e un chatbot. Prima verifichiamola con il sondaggio tra i passeggeri.',
    },
  },
} satisfies Widen<typeof sampleRoadmapEn>;
