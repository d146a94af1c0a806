/** English catalog. The Italian catalog must have exactly the same keys (checked by the type). */
export const en = {
  app: {
    name: 'Rotta',
    tagline: 'Digital customer service roadmap',
    skipToContent: 'Skip to content',
    language: 'Language',
    languages: { en: 'English', it: 'Italiano' },
    library: 'All roadmaps',
    updateReady: 'A new version of Rotta is ready.',
    reload: 'Reload',
    offlineReady: 'Rotta now works offline.',
    dismiss: 'Dismiss',
    notFound: 'This page does not exist.',
    routeErrorTitle: 'This page could not be loaded',
    routeErrorBody:
      'Rotta may have been updated while this tab was open. Reload to get the current version; your roadmaps are safe in this browser.',
    backToLibrary: 'Back to the roadmaps',
  },
  storage: {
    unavailableTitle: 'Rotta cannot store data in this browser',
    unavailableBody:
      'Rotta keeps everything in this browser (IndexedDB), and the browser refused it. Private windows and some privacy settings block it. Open Rotta in a normal window, or allow site data for this page, then reload.',
    blockedTitle: 'Rotta is open in another tab with an older version',
    blockedBody:
      'Close the other Rotta tabs (or reload them) so this tab can update the stored data.',
    upgradedElsewhere: 'Rotta was updated in another tab. Reload this tab to keep working safely.',
    quota:
      'The browser has no space left for Rotta. Nothing was saved. Free up disk space or delete old roadmaps, then try again.',
    failed: 'Saving failed: {{detail}}. Nothing was changed.',
    persistent: 'Storage is persistent: the browser will not clear your roadmaps on its own.',
    notPersistent:
      'Storage is not marked persistent: the browser may clear it when space runs low. Keep a backup file.',
    unknown: 'Your roadmaps are stored in this browser only. Keep a backup file.',
  },
  saving: {
    saving: 'Saving…',
    saved: 'Saved',
    allSaved: 'All changes saved',
    failed: 'Not saved',
    notSaved: 'Nothing was saved.',
    retrying: 'Not saved yet: trying again. What you typed is kept.',
  },
  library: {
    title: 'Roadmaps',
    intro:
      'Rotta guides a customer service team through the seven stages of a digital service roadmap, from where you stand today to go-live.',
    introMore:
      'Everything stays in this browser. At the end you get a one-page strategy map to print or share.',
    newRoadmap: 'New roadmap',
    importRoadmap: 'Import roadmap',
    loadSample: 'Load sample roadmap',
    backup: 'Back up library',
    restore: 'Restore backup',
    count_one: '{{count}} roadmap',
    count_other: '{{count}} roadmaps',
    columns: {
      name: 'Roadmap',
      company: 'Company',
      updated: 'Last change',
      progress: 'Progress',
      actions: 'Actions',
    },
    progress: '{{done}} of 7 stages done',
    stagesStarted_one: '{{count}} started',
    stagesStarted_other: '{{count}} started',
    noCompany: '—',
    actions: 'Actions for {{name}}',
    rename: 'Rename',
    duplicate: 'Duplicate',
    delete: 'Delete',
    export: 'Export',
    copyName: '{{name}} (copy)',
    deleted: '“{{name}}” deleted.',
    undo: 'Undo',
    restored: '“{{name}}” restored.',
    duplicated: 'Copy created: “{{name}}”.',
    imported: 'Imported “{{name}}”.',
    restoredBackup_one: 'Restored {{count}} roadmap from the backup.',
    restoredBackup_other: 'Restored {{count}} roadmaps from the backup.',
    backupSaved: 'Backup saved as {{file}}.',
    confirmDeleteTitle: 'Delete “{{name}}”?',
    confirmDeleteBody:
      'The roadmap and all its stages will be removed from this browser. You can undo for a few seconds.',
    cancel: 'Cancel',
    sampleLoaded: 'Sample roadmap loaded.',
    emptyBackup: 'There is nothing to back up yet.',
  },
  validation: {
    required: 'Please fill this in.',
    missing: 'This field is missing.',
    noValue: 'This field is empty; it needs a value.',
    tooShort: 'Use at least {{minimum}} characters.',
    tooLong: 'Use at most {{maximum}} characters.',
    tooSmall: 'Must be at least {{minimum}}.',
    tooBig: 'Must be at most {{maximum}}.',
    tooFewItems_one: 'Needs at least {{count}} item.',
    tooFewItems_other: 'Needs at least {{count}} items.',
    tooManyItems_one: 'Has more than {{count}} item.',
    tooManyItems_other: 'Has more than {{count}} items.',
    wrongType: 'Should be {{expected}}, not {{found}}.',
    notFinite: 'This number is too large to be stored.',
    wholeNumber: 'Must be a whole number.',
    date: 'Use a date like 2026-03-31.',
    dateOrEmpty: 'Use a date like 2026-03-31, or leave it empty.',
    dateTime: 'Use a date and time like 2026-03-31T09:00:00Z.',
    format: 'This value is not in the expected form.',
    oneOf: 'Must be one of {{options}}.',
    unknownFields: 'Unknown fields: {{fields}}.',
    wrongRoadmap: 'This row belongs to another roadmap.',
    duplicateId: 'This id is used twice.',
    targetAboveBaseline: 'To increase, the target must be above the baseline.',
    targetBelowBaseline: 'To decrease, the target must be below the baseline.',
    deadlineAfterStart: 'The deadline must come after the start date.',
    ownCompanyMissing: 'The roadmap has no own company among the subjects.',
    ownCompanyTwice: 'The roadmap has more than one own company.',
    duplicateName: 'This name is used twice.',
    unknownReference: 'This points at a row that is not in the file.',
    duplicateMeasurement: 'This KPI has two values on the same date.',
    futureMeasurement: 'This value is dated in the future; a value is logged once it was measured.',
    duplicateScore: 'This assessor scored this subject and theme twice.',
    duplicateVote: 'This person voted for this option twice.',
    controlCharacter: 'This contains a control character that cannot be saved ({{character}}).',
    number: {
      required: 'Enter a number.',
      malformed: 'Enter a number, for example 42,000 or 12.5.',
      ambiguous: 'Write decimals with a point and thousands with a comma: 12.5 or 42,000.',
      tooLarge: 'This number is too large.',
      negative: 'The number cannot be negative.',
      notInteger: 'Enter a whole number, without decimals.',
      between: 'Enter a number from {{min}} to {{max}}.',
      atLeast: 'Enter a number of at least {{min}}.',
      atMost: 'Enter a number of at most {{max}}.',
    },
    duplicateStageNote: 'This stage has two notes.',
    endBeforeStart: 'The end date must not come before the start date.',
    duplicateLevel: 'This level is given twice for the same person or role and competency.',
    levelHolder:
      'Required levels belong to roles; current levels to a role or a person of this roadmap.',
    duplicateRollout: 'This channel has two rollout plans.',
    pilotAfterGoLive: 'The pilot must come before the go-live date.',
    rolloutOrder: 'The steps go in order: pilot, then soft launch, then full launch.',
  },
  dateField: {
    hint: 'Format: {{pattern}}',
  },
  roadmapForm: {
    ownCompanyFallback: 'Our company',
    createTitle: 'New roadmap',
    renameTitle: 'Roadmap details',
    name: 'Name',
    namePlaceholder: 'e.g. Digital service 2027',
    company: 'Company',
    workshopDate: 'Workshop date',
    author: 'Prepared by',
    notes: 'Notes',
    create: 'Create roadmap',
    save: 'Save details',
    cancel: 'Cancel',
    optional: 'optional',
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
  roadmap: {
    notFoundTitle: 'Roadmap not found',
    notFoundBody:
      'It may have been deleted, or it lives in another browser. Import its file to open it here.',
    export: 'Export roadmap',
    exportShort: 'Export',
    exported: 'Saved {{file}}.',
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
  stages: {
    'starting-point': {
      title: 'Starting point',
      short: 'Starting point',
      purpose:
        'Take stock of where the company stands today. Score your competitors and then your own company from 1 (poor) to 5 (excellent) on two themes: how well they use digital channels, and how strong their customer service culture is.',
      tips: [
        'Score the competitors first, looking at them as a customer would, then score your own company against the same yardstick.',
        'Keep the two themes apart: a company can be everywhere online and still serve customers poorly.',
        'Write down what you observed behind each score, so the room argues about evidence rather than impressions.',
      ],
    },
    goals: {
      title: 'Goals and timelines',
      short: 'Goals',
      purpose:
        'Set one or more goals with a direct effect on the business, each with a target and a deadline.',
      tips: [
        'Typical goals: fewer calls to the call centre, a lower average cost per interaction, more productive agents, happier customers who stay, faster answers.',
        'For every goal, say plainly what the business gains when it is reached.',
        'Set goals before choosing channels: the channels are a means, not the aim.',
      ],
    },
    channels: {
      title: 'Channels',
      short: 'Channels',
      purpose:
        'Choose the digital channels to add on evidence: who your customers are, what they say they prefer, and what competitors offer.',
      tips: [
        'Survey a sample of customers about the channels they would use and why, and compare the answers with your first idea.',
        'Before adding a channel, make the ones already in use work well.',
        'Always keep a way to reach a person: self-service, then chat, then a human.',
      ],
    },
    kpis: {
      title: 'KPIs and monitoring',
      short: 'KPIs',
      purpose:
        'Decide how progress will be measured: which metrics, how often and with which tools.',
      tips: [
        'Start from the goals: every goal needs at least one KPI, and every KPI should serve a goal.',
        'A service platform with live reports works as the control panel of the project.',
      ],
    },
    journey: {
      title: 'Customer journey',
      short: 'Journey',
      purpose:
        'Map every point where customers meet the company, phase by phase, with the channel and the device they use.',
      tips: [
        'Walk the journey in the customer’s shoes, from the first search to the after-sales contact.',
        'Mark where emotions drop: that is where a planned experience pays off most.',
      ],
    },
    training: {
      title: 'Training',
      short: 'Training',
      purpose:
        'Prepare the people. Serving customers in online conversations is a new job, with its own pace, tone of voice and public visibility.',
      tips: [
        'Plan the whole training in advance, before go-live.',
        'Cover both sides: the tools (technical) and the way to write and behave (behavioural).',
      ],
    },
    'go-live': {
      title: 'Go live',
      short: 'Go live',
      purpose:
        'Fix the go-live date, plan the rollout of each channel and check that everything is ready.',
      tips: [
        'Start with a pilot on one channel when the risk is high.',
        'Give the whole plan one graphic form that everyone understands at a glance: the strategy map.',
      ],
    },
    'strategy-map': {
      title: 'Strategy map',
      short: 'Map',
      purpose:
        'The whole roadmap on one page, from where you stand to where you are going, ready to print or share.',
      tips: ['Print it on A4 or A3 landscape, or export it as an image for slides.'],
    },
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
} as const;

/**
 * Plural forms some languages have and English does not (Italian has `many`, for 1,000,000): a key
 * with an English `_other` form may also have these. A test checks each language has its own set.
 */
type ExtraPluralForms<K> = K extends `${infer Base}_other`
  ? `${Base}_${'zero' | 'two' | 'few' | 'many'}`
  : never;

/** The shape a translation must have: the English keys, any strings, extra plural forms allowed. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { [K in keyof T]: Widen<T[K]> } & { [K in ExtraPluralForms<keyof T & string>]?: string };
export type Catalog = Widen<typeof en>;
