/**
 * English strings of a roadmap's own pages: the roadmap's bar, the stepper, and each stage's page
 * with its purpose and tips. They load with the stages' strings, when a roadmap opens: the
 * library's first paint does not carry them.
 */
export const stagePagesEn = {
  roadmap: {
    notFoundTitle: 'Roadmap not found',
    notFoundBody:
      'It may have been deleted, or it lives in another browser. Import its file to open it here.',
    export: 'Export roadmap',
    exportShort: 'Export',
    details: 'Details',
    stageOf: 'Stage {{number}} of 7',
    previous: 'Previous: {{stage}}',
    next: 'Next: {{stage}}',
    stageError: 'This stage could not be shown.',
    stageErrorHelp: 'Your data is safe. Try again, or export the roadmap and report the problem.',
    pager: 'Previous and next stage',
    tryAgain: 'Try again',
  },
  stepper: {
    label: 'Stages',
    status: { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' },
  },
  stage: {
    aboutThisStage: 'About this stage',
    tipsHeading: 'Tips',
    comingTitle: 'The tools for this stage are on their way',
    comingBody:
      'This stage’s own tools are not built yet. Meanwhile, keep the team’s notes for it here: they are saved as you type and travel with the roadmap file.',
    notesLabel: 'Workshop notes',
    notesHelp: 'Saved automatically as you type.',
    seeSample: 'See the sample roadmap',
  },
  stageGuide: {
    'starting-point': {
      purpose:
        'Take stock of where the company stands today. Score your competitors and then your own company from 1 (poor) to 5 (excellent) on two themes: how well they use digital channels, and how strong their customer service culture is.',
      tips: [
        'Score the competitors first, looking at them as a customer would, then score your own company against the same yardstick.',
        'Keep the two themes apart: a company can be everywhere online and still serve customers poorly.',
        'Write down what you observed behind each score, so the room argues about evidence rather than impressions.',
      ],
    },
    goals: {
      purpose:
        'Set one or more goals with a direct effect on the business, each with a target and a deadline.',
      tips: [
        'Typical goals: fewer calls to the call centre, a lower average cost per interaction, more productive agents, happier customers who stay, faster answers.',
        'For every goal, say plainly what the business gains when it is reached.',
        'Set goals before choosing channels: the channels are a means, not the aim.',
      ],
    },
    channels: {
      purpose:
        'Choose the digital channels to add on evidence: who your customers are, what they say they prefer, and what competitors offer.',
      tips: [
        'Survey a sample of customers about the channels they would use and why, and compare the answers with your first idea.',
        'Before adding a channel, make the ones already in use work well.',
        'Always keep a way to reach a person: self-service, then chat, then a human.',
      ],
    },
    kpis: {
      purpose:
        'Decide how progress will be measured: which metrics, how often and with which tools.',
      tips: [
        'Start from the goals: every goal needs at least one KPI, and every KPI should serve a goal.',
        'A service platform with live reports works as the control panel of the project.',
      ],
    },
    journey: {
      purpose:
        'Map every point where customers meet the company, phase by phase, with the channel and the device they use.',
      tips: [
        'Walk the journey in the customer’s shoes, from the first search to the after-sales contact.',
        'Mark where emotions drop: that is where a planned experience pays off most.',
      ],
    },
    training: {
      purpose:
        'Prepare the people. Serving customers in online conversations is a new job, with its own pace, tone of voice and public visibility.',
      tips: [
        'Plan the whole training in advance, before go-live.',
        'Cover both sides: the tools (technical) and the way to write and behave (behavioural).',
      ],
    },
    'go-live': {
      purpose:
        'Fix the go-live date, plan the rollout of each channel and check that everything is ready.',
      tips: [
        'Start with a pilot on one channel when the risk is high.',
        'Give the whole plan one graphic form that everyone understands at a glance: the strategy map.',
      ],
    },
    'strategy-map': {
      purpose:
        'The whole roadmap on one page, from where you stand to where you are going, ready to print or share.',
      tips: ['Print it on A4 or A3 landscape, or export it as an image for slides.'],
    },
  },
  history: {
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: 'Undo {{what}} (Ctrl+Z)',
    redoWhat: 'Redo {{what}} (Ctrl+Shift+Z)',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    undone: 'Undone: {{what}}.',
    redone: 'Redone: {{what}}.',
    failed: 'That could not be undone: {{detail}}. Nothing was changed, and Undo is still there.',
    notLatest: 'Other changes came after it: use Undo at the top of the page, one step at a time.',
    roadmap: 'the roadmap details',
    action: {
      edit: 'the edit in {{stage}}',
      editNamed: 'the edit of “{{name}}”',
      add: 'the addition in {{stage}}',
      addNamed: 'adding “{{name}}”',
      remove: 'the removal in {{stage}}',
      removeNamed: 'removing “{{name}}”',
      move: 'the new order in {{stage}}',
      moveNamed: 'moving “{{name}}”',
      import: 'the import in {{stage}}',
      importNamed: 'importing “{{name}}”',
      score: 'the score in {{stage}}',
      scoreNamed: 'the score of “{{name}}”',
      fill: 'the filled-in items in {{stage}}',
      fillNamed: 'filling in “{{name}}”',
      vote: 'the dot-vote in {{stage}}',
      voteNamed: 'the dots on “{{name}}”',
      room: 'the live room’s answers in {{stage}}',
      roomNamed: 'the answers of live room {{name}}',
    },
  },
} as const;

type StagePagesStrings = typeof stagePagesEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends StagePagesStrings {}
}
