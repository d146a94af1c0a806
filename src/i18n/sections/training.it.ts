import type { Widen } from '../en';
import type { trainingEn } from './training.en';

/** Testi italiani della tappa 6 (formazione) e della sua parte nella roadmap di esempio. */
export const trainingIt = {
  competencyCatalog: {
    'service-platform': {
      name: 'Piattaforma di assistenza e ticketing',
      description:
        'Gestisce i ticket di tutti i canali in un solo strumento: viste, risposte pronte, tag, passaggi di consegne.',
    },
    'social-messaging-tools': {
      name: 'Strumenti social e di messaggistica',
      description:
        'Risponde sui social e nelle app di messaggistica dagli strumenti di assistenza.',
    },
    'knowledge-base-writing': {
      name: 'Scrittura della knowledge base',
      description:
        'Trasforma le domande ricorrenti in articoli brevi e facili da trovare, e li tiene aggiornati.',
    },
    'kpi-reading': {
      name: 'Lettura di KPI e report',
      description: 'Legge il cruscotto, nota presto uno scostamento e sa spiegarlo.',
    },
    'channel-routing': {
      name: 'Instradamento e code',
      description:
        'Imposta come le conversazioni arrivano alla persona giusta e tiene d’occhio le code.',
    },
    'data-privacy': {
      name: 'Dati dei clienti e privacy',
      description: 'Verifica l’identità e tratta i dati personali correttamente per iscritto.',
    },
    'written-tone': {
      name: 'Tono di voce scritto',
      description:
        'Scrive con la voce dell’azienda: chiaro, cordiale, breve, uguale su ogni canale.',
    },
    'public-conversations': {
      name: 'Gestione delle conversazioni pubbliche',
      description: 'Risponde dove tutti leggono e sa quando passare a un canale privato.',
    },
    'live-chat-phases': {
      name: 'Le tre fasi di una live chat',
      description: 'Accoglie, gestisce la richiesta e chiude con un passo successivo concordato.',
    },
    'de-escalation': {
      name: 'Gestione dei clienti arrabbiati',
      description: 'Calma per iscritto un cliente arrabbiato e sa quando passare la mano.',
    },
    'consistent-answers': {
      name: 'Risposte coerenti tra i canali',
      description: 'Dà la stessa risposta su qualunque canale, partendo dalle stesse informazioni.',
    },
    'empathy-in-writing': {
      name: 'Empatia per iscritto',
      description: 'Mostra comprensione senza voce né volto, in poche parole.',
    },
  },
  sampleTraining: {
    roles: [
      {
        name: 'Operatore digitale di prima linea',
        description: 'Risponde a email, chat e feedback sulla knowledge base.',
      },
      {
        name: 'Specialista social media',
        description: 'Risponde sui social e nella messaggistica, in pubblico e in privato.',
      },
      {
        name: 'Responsabile del servizio clienti digitale',
        description: 'Guida il team digitale, gli strumenti e i KPI.',
      },
    ],
    people: [
      'Giulia Conti',
      'Marco Bellini',
      'Sara Esposito',
      'Luca Ferri',
      'Chiara Galli',
      'Paolo Marchetti',
    ],
    modules: [
      { title: 'La piattaforma di assistenza, in pratica', trainer: 'Fornitore della piattaforma' },
      {
        title: 'Scrivere articoli di aiuto che si trovano',
        trainer: 'Elena Bruni (knowledge lead)',
      },
      { title: 'Chat ed email: tono, fasi, momenti difficili', trainer: 'Studio Maestrale' },
      { title: 'Conversazioni pubbliche sui social', trainer: 'Studio Maestrale' },
      { title: 'Leggere il cruscotto dei KPI', trainer: 'Paolo Marchetti' },
    ],
  },
} satisfies Widen<typeof trainingEn>;
