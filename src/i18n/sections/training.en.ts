/** English strings of stage 6 (training) and its part of the sample roadmap. */
export const trainingEn = {
  competencyCatalog: {
    'service-platform': {
      name: 'Service platform and ticketing',
      description: 'Works tickets from every channel in one tool: views, macros, tags, hand-overs.',
    },
    'social-messaging-tools': {
      name: 'Social and messaging tools',
      description: 'Answers on social networks and messaging apps from the service tools.',
    },
    'knowledge-base-writing': {
      name: 'Knowledge-base writing',
      description:
        'Turns recurring questions into short, findable help articles and keeps them true.',
    },
    'kpi-reading': {
      name: 'Reading KPIs and reports',
      description: 'Reads the dashboard, spots a drift early and explains it.',
    },
    'channel-routing': {
      name: 'Routing and queues',
      description: 'Sets up how conversations reach the right person, and watches the queues.',
    },
    'data-privacy': {
      name: 'Customer data and privacy',
      description: 'Checks identity and handles personal data correctly in writing.',
    },
    'written-tone': {
      name: 'Written tone of voice',
      description: 'Writes in the company’s voice: clear, warm, brief, the same in every channel.',
    },
    'public-conversations': {
      name: 'Handling public conversations',
      description: 'Answers where everyone can read, and knows when to move to a private channel.',
    },
    'live-chat-phases': {
      name: 'The three phases of a live chat',
      description: 'Welcomes, handles the request, and closes with an agreed next step.',
    },
    'de-escalation': {
      name: 'De-escalation',
      description: 'Calms an angry customer in writing and knows when to hand over.',
    },
    'consistent-answers': {
      name: 'Consistent answers across channels',
      description: 'Gives the same answer whatever the channel, from the same knowledge.',
    },
    'empathy-in-writing': {
      name: 'Empathy in writing',
      description: 'Shows understanding without a voice or a face, in a few words.',
    },
  },
  sampleTraining: {
    roles: [
      {
        name: 'Digital front-line agent',
        description: 'Answers email, chat and knowledge-base feedback.',
      },
      {
        name: 'Social media specialist',
        description: 'Answers on social networks and messaging, in public and in private.',
      },
      {
        name: 'Digital customer service manager',
        description: 'Runs the digital team, the tools and the KPIs.',
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
      { title: 'The service platform, hands on', trainer: 'Platform vendor' },
      { title: 'Writing help articles that get found', trainer: 'Elena Bruni (knowledge lead)' },
      { title: 'Chat and email: tone, phases, hard moments', trainer: 'Studio Maestrale' },
      { title: 'Public conversations on social networks', trainer: 'Studio Maestrale' },
      { title: 'Reading the KPI dashboard', trainer: 'Paolo Marchetti' },
    ],
  },
} as const;
