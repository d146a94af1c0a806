/** English strings of stage 7 (go live) and its part of the sample roadmap. */
export const goLiveEn = {
  readinessCatalog: {
    'goals-benefits': {
      label: 'Every goal states its business benefit',
      hint: 'From stage 2: each goal has an expected benefit.',
    },
    'kpi-baselines': {
      label: 'Every goal has a KPI with a baseline',
      hint: 'From stage 4: the starting value is known, so progress can be shown.',
    },
    monitoring: {
      label: 'Monitoring is running',
      hint: 'From stage 4: every KPI already has at least one value recorded.',
    },
    'channels-configured': {
      label: 'Every planned channel has a launch date',
      hint: 'From the rollout plan below: each planned channel has a full-launch date.',
    },
    'human-contact': {
      label: 'Customers can always reach a person',
      hint: 'From stage 3: a channel in use or planned has a person answering.',
    },
    'knowledge-content': {
      label: 'FAQ and knowledge-base content is ready',
      hint: 'The most frequent questions have published answers before launch.',
    },
    'team-trained': {
      label: 'The team is trained',
      hint: 'From stage 6: every required level is reached.',
    },
    'tone-of-voice': {
      label: 'A tone-of-voice guide is agreed',
      hint: 'How the company writes, the same in every channel.',
    },
    'escalation-rules': {
      label: 'Escalation rules are written down',
      hint: 'Who takes over, when, and how fast, when a conversation goes wrong.',
    },
  },
  sampleGoLive: {
    notes: 'Launch before the summer peak; the pilot runs with the Pisa–Olbia route only.',
    rolloutNotes: [
      'Chat on the payment page first, then everywhere.',
      'Top 40 questions published first.',
    ],
    toneNote: 'Guide v1 approved by marketing and service.',
    escalationNote: 'Draft ready; waiting for the airport operations team.',
    ownItem: 'Tell passengers about the new channels (email and website banner)',
  },
} as const;
