/** English strings of stage 7 (go live) and its part of the sample roadmap. */
export const goLiveEn = {
  goLive: {
    empty: {
      title: 'Plan the launch',
      body: 'Set the day the new service goes live. This page then shows how many days are left, a rollout plan for every channel planned in stage 3, and a readiness checklist that the earlier stages already fill in for you.',
      step1: 'The go-live date, and a pilot date if you start small.',
      step2: 'Pilot, soft launch and full launch dates for each planned channel.',
      step3:
        'Readiness as a percentage: goals, KPIs, channels, a person to talk to, content, training, tone of voice, escalation.',
      start: 'Set the go-live date',
      sampleHint: 'The sample airline goes live six months after its workshop, after a pilot.',
    },
    launch: {
      heading: 'Launch',
      goLiveDate: 'Go-live date',
      pilotDate: 'Pilot date (optional)',
      pilotHint: 'A first run with a small group of customers or agents, before the go-live date.',
      notes: 'Launch notes',
      notesHint: 'Who gives the go, what is communicated, what happens on the day.',
      countdownLabel: 'Time to go-live',
      notSet: 'No date yet',
      until_one: 'in {{count}} day',
      until_other: 'in {{count}} days',
      today: 'today',
      since_one: 'live since {{count}} day',
      since_other: 'live since {{count}} days',
      onDate: 'Go live on {{date}}',
      pilotOn: 'Pilot on {{date}}',
    },
    markers: {
      goLive: 'Go live',
      pilot: 'Pilot',
    },
    rollout: {
      heading: 'Rollout plan',
      intro:
        'Bring each new channel in step by step: a pilot, a soft launch to part of the customers, then the full launch.',
      noPlanned:
        'No channel is planned yet. The rollout plan lists the channels marked “planned” in stage 3.',
      toChannels: 'Plan channels in stage 3',
      alreadyLive: 'Already live, no dates needed: {{names}}.',
      channel: 'Channel',
      pilotDate: 'Pilot',
      softLaunchDate: 'Soft launch',
      fullDate: 'Full launch',
      notes: 'Note',
      group: 'Rollout of {{name}}',
      notSet: 'not set',
      lateFull: 'Full launch of {{name}} ({{date}}) comes after the go-live date ({{goLive}}).',
      undated_one: '{{names}} has no rollout date yet.',
      undated_other: '{{names}} have no rollout dates yet.',
      fixIt: 'Go to {{name}}',
      timelineHeading: 'Rollout timeline',
      timelineSummary:
        'Each planned channel’s pilot, soft launch and full launch on one time line, with today and the go-live date.',
      timelineEmpty: 'Dates appear here on a time line once they are set.',
      tableToggle: 'Show the timeline as a table',
      tableCaption: 'Rollout dates per channel',
      today: 'Today',
    },
    checklist: {
      heading: 'Readiness checklist',
      intro:
        'The method’s checks before go-live. Where an earlier stage can tell, the answer is filled in for you; you can always answer yourself.',
      percentLabel: 'Ready',
      count: '{{done}} of {{applicable}} ready',
      noneApply: 'No item applies',
      progress: 'Readiness',
      fold_one: '{{count}} item: {{parts}}',
      fold_other: '{{count}} items: {{parts}}',
      foldPart: {
        done_one: '{{count}} done',
        done_other: '{{count}} done',
        open_one: '{{count}} open',
        open_other: '{{count}} open',
        notApplicable_one: '{{count}} not applicable',
        notApplicable_other: '{{count}} not applicable',
      },
      listLabel: 'Checklist items',
      state: {
        done: 'Done',
        open: 'Open',
        'not-applicable': 'Not applicable',
      },
      answer: 'Answer',
      answerFor: 'Answer for “{{label}}”',
      answerOption: {
        auto: 'Automatic',
        done: 'Done',
        open: 'Open',
        'not-applicable': 'Not applicable',
      },
      autoFrom: 'Automatic, from stage {{number}}: {{stage}}',
      autoFromRollout: 'Automatic, from the rollout plan',
      autoSays: 'Automatic answer: {{state}}',
      overridden: 'Your answer; stage {{number}} says: {{state}}',
      overriddenRollout: 'Your answer; the rollout plan says: {{state}}',
      teamCall: 'Your team’s call: no earlier stage can tell.',
      ownItem: 'Your own item',
      note: 'Note',
      itemName: 'Item name',
      removeShort: 'Remove',
      remove: 'Remove {{label}}',
      removed: 'Removed: {{label}}.',
      restored: '{{label}} is back on the checklist.',
      addLabel: 'New checklist item',
      add: 'Add item',
      addForm: 'Add a checklist item',
      added: 'Added: {{label}}.',
    },
    saveFailed: 'That change could not be saved.',
  },
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

type GoLiveStrings = typeof goLiveEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends GoLiveStrings {}
}
