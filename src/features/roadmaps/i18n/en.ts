/** English strings of the sample roadmap (its roadmap and stages 1-3; later stages keep their sample texts with their own strings). */
export const sampleRoadmapEn = {
  sample: {
    name: 'Libeccio Air – digital service 2027',
    company: 'Libeccio Air S.p.A.',
    author: 'Giulia Ferraris, customer service director',
    notes:
      'Regional airline based in Pisa, 14 aircraft, 2.1 million passengers a year. The call centre handles 38,000 contacts a month; the board wants to move routine requests online without losing the personal touch.',
    competitors: [
      {
        name: 'Maestrale Airways',
        website: 'https://maestrale.example',
        digital: 'Answers on Instagram and WhatsApp within the hour; rebooking in the app.',
        culture: 'Friendly, but answers are scripted.',
      },
      {
        name: 'Tramontana Jet',
        website: 'https://tramontana.example',
        digital: 'Chatbot on the website, no human hand-over.',
        culture: 'Long waits, complaints in public reviews.',
      },
      {
        name: 'Grecale Volo',
        website: 'https://grecale.example',
        digital: 'Email only, two working days.',
        culture: 'Agents empowered to refund on the spot.',
      },
      {
        name: 'Scirocco Air',
        website: 'https://scirocco.example',
        digital: 'Good app, live chat at peak hours.',
        culture: 'Consistent answers across channels.',
      },
    ],
    ownEvidence: {
      digital: 'Email answered in two days; Facebook page run by marketing.',
      culture: 'Agents are warm and know the routes well.',
    },
    assessors: ['Giulia', 'Marco', 'Elena'],
    demographicsSource: 'CRM, active customers, October 2026',
    goals: [
      {
        title: 'Fewer calls about baggage and check-in',
        unit: 'calls/month',
        benefit:
          'About 9,000 fewer calls a month frees two agents for complex cases and cuts waiting times in summer.',
        description: 'Move routine questions to the FAQ, the app and chat.',
        owner: 'Giulia Ferraris',
      },
      {
        title: 'Answer on social media the same day',
        unit: 'hours',
        benefit:
          'Public complaints are answered before they spread; fewer passengers retry by phone.',
        description: 'First response time on Facebook, Instagram and X.',
        owner: 'Social media team',
      },
      {
        title: 'Lower average cost per interaction',
        unit: '€',
        benefit: 'Saves around €180,000 a year at current volumes.',
        description: 'Blend of phone, email, chat and self-service.',
        owner: 'Customer service controller',
      },
    ],
    stageNotes: {
      'starting-point':
        'Competitors answer on Instagram within the hour; we answer email in two days. The room agrees our agents are friendly but slow.',
      goals:
        'First priority: fewer calls about baggage and check-in. Second: answer social media the same day.',
      channels:
        'Initial idea: a WhatsApp channel and a chatbot. Check against the passenger survey first.',
    },
  },
} as const;

type SampleRoadmapStrings = typeof sampleRoadmapEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends SampleRoadmapStrings {}
}
