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

/**
 * The fields of a roadmap file in words, so a file's problem names the field as a person would:
 * "in goals, row 2, field “deadline”". Keyed by the field's name in the file (docs/file-format.md).
 */
export const fileFieldsEn = {
  fileKinds: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
    null: 'empty',
  },
  fileFields: {
    answer: 'answer',
    answers: 'answers',
    assessorId: 'assessor',
    author: 'author',
    baseline: 'baseline',
    baselineDate: 'baseline date',
    benefit: 'benefit',
    boomers: 'baby boomers',
    catalogKey: 'catalogue entry',
    channelId: 'channel',
    channelIds: 'channels',
    company: 'company',
    competencyId: 'competency',
    competencyIds: 'competencies',
    costPerContact: 'cost per contact',
    count: 'count',
    createdAt: 'created on',
    culture: 'service culture',
    date: 'date',
    deadline: 'deadline',
    definition: 'definition',
    description: 'description',
    device: 'device',
    digital: 'digital channels',
    direction: 'direction',
    doing: 'what customers do',
    electronicMessages: 'email and messages',
    emotion: 'emotion',
    emotionNote: 'emotion note',
    endDate: 'end date',
    evidence: 'evidence',
    expecting: 'what customers expect',
    exportedAt: 'exported on',
    failureRatePercent: 'failure rate of the new channel',
    failureSharePercent: 'share that calls back',
    family: 'family',
    format: 'format',
    frequency: 'frequency',
    fromChannelId: 'from channel',
    fullDate: 'full launch date',
    genX: 'generation X',
    genY: 'generation Y',
    goLiveDate: 'go-live date',
    goalIds: 'goals',
    holderId: 'role or person',
    hours: 'hours',
    humanTouch: 'human touch',
    id: 'id',
    interaction: 'interaction',
    kind: 'kind',
    kpiId: 'KPI',
    label: 'label',
    lanes: 'lanes',
    level: 'level',
    monthlyContacts: 'contacts a month',
    name: 'name',
    note: 'note',
    notes: 'notes',
    offeredChannels: 'channels offered',
    opportunities: 'opportunities',
    overrides: 'own preferences',
    owner: 'owner',
    painPoints: 'pain points',
    paperMail: 'paper mail',
    performance: 'performance',
    phaseId: 'phase',
    phone: 'phone',
    pilotDate: 'pilot date',
    position: 'position',
    priority: 'priority',
    reasons: 'reasons',
    rejectionReason: 'reason for rejecting',
    respondents: 'respondents',
    responseTimeHours: 'response time in hours',
    roadmapId: 'roadmap',
    roleId: 'role',
    roleIds: 'roles',
    satisfaction: 'satisfaction',
    sharePercent: 'share moved',
    shares: 'age mix',
    shifts: 'moves between channels',
    silent: 'silent generation',
    smartphoneApp: 'smartphone app',
    socialMedia: 'social media',
    softLaunchDate: 'soft launch date',
    source: 'source',
    stage: 'stage',
    startDate: 'start date',
    status: 'status',
    subjectId: 'competitor or own company',
    target: 'target',
    targetDate: 'target date',
    text: 'text',
    theme: 'theme',
    title: 'title',
    toChannelId: 'to channel',
    trainer: 'trainer',
    unit: 'unit',
    updatedAt: 'changed on',
    value: 'value',
    version: 'version',
    website: 'website',
    workshopDate: 'workshop date',
  },
} as const;

type FileFieldStrings = typeof fileFieldsEn;

/**
 * What a file's problems say, from a whole file refused to a row over a table's limit. They load
 * with the stages' strings: the library loads those before it shows a file's problems.
 */
export const fileProblemsEn = {
  importing: {
    failed: 'The file was not imported.',
    tooLarge: 'The file is larger than {{megabytes}} MB.',
    empty: 'The file is empty.',
    notJson: 'The file is not valid JSON: it is not a file Rotta wrote, or it was changed by hand.',
    notJsonAt:
      'The file is not valid JSON: something is wrong at line {{line}}, column {{column}}.',
    cutShort:
      'The file ends too early: it is probably incomplete, cut off while it was saved, copied or downloaded.',
    tooDeep:
      'The file nests lists or objects more than {{levels}} levels deep; a roadmap file never does.',
    forbiddenKey: 'The file contains a field name that is not allowed',
    notRotta: 'This is not a Rotta roadmap file (the "format" field should be "rotta-roadmap")',
    isBackup: 'This is a library backup. Use “Restore backup” to load it.',
    isRoadmap: 'This is a single roadmap file. Use “Import roadmap” to load it.',
    badVersion: 'The file version is missing or not a whole number',
    newerVersion:
      'This file was made by a newer Rotta (file version {{version}}; this app reads up to version {{supported}}). Update Rotta, then import it again.',
    tablesTooNew:
      'The file says it is version {{version}}, but it holds {{tables}}, which a version {{version}} file cannot have. Its version was probably changed by hand. Nothing was imported.',
    moreProblems_one: '…and {{count}} more problem.',
    moreProblems_other: '…and {{count}} more problems.',
    at: 'at {{where}}',
    atField: 'in {{table}}, row {{row}}, field “{{field}}”',
    atRow: 'in {{table}}, row {{row}}',
    atTable: 'in {{table}}',
    atDetailsField: 'in {{table}}, field “{{field}}”',
    inBackupRoadmap: 'roadmap {{number}} of the backup, {{place}}',
    tables: {
      file: 'the file',
      roadmap: 'the roadmap details',
      stageNotes: 'workshop notes',
      subjects: 'competitors and own company',
      assessors: 'assessors',
      scores: 'scores',
      goals: 'goals',
      channels: 'channels',
      demographics: 'age mix',
      surveys: 'survey',
      savingsPlans: 'savings plan',
      kpis: 'KPIs',
      measurements: 'KPI values',
      journeyPhases: 'journey phases',
      touchpoints: 'touchpoints',
      trainingRoles: 'roles',
      trainingPeople: 'people',
      competencies: 'competencies',
      competencyLevels: 'competency levels',
      trainingModules: 'training modules',
      goLivePlans: 'go-live plan',
      rollouts: 'rollout plan',
      readinessItems: 'readiness checklist',
    },
    reading: 'Reading the file…',
  },
  limits: {
    full: 'This roadmap already has {{maximum, number}} {{things}}, the most a roadmap can hold. Nothing was added; remove one to make room.',
    fileTooMany:
      'The file has more than {{maximum, number}} {{things}}, the most a roadmap can hold. Nothing was imported.',
    // What a limit counts: plural, and singular for the tables of one row.
    row: {
      demographics: 'age mix',
      surveys: 'survey',
      savingsPlans: 'savings plan',
      goLivePlans: 'go-live plan',
    },
    rows: {
      stageNotes: 'workshop notes',
      subjects: 'competitors and own company',
      assessors: 'assessors',
      scores: 'scores',
      goals: 'goals',
      channels: 'channels',
      demographics: 'age mixes',
      surveys: 'surveys',
      savingsPlans: 'savings plans',
      kpis: 'KPIs',
      measurements: 'KPI values',
      journeyPhases: 'journey phases',
      touchpoints: 'touchpoints',
      trainingRoles: 'roles',
      trainingPeople: 'people',
      competencies: 'competencies',
      competencyLevels: 'competency levels',
      trainingModules: 'training modules',
      goLivePlans: 'go-live plans',
      rollouts: 'channel rollouts',
      readinessItems: 'checklist items',
    },
  },
} as const;

type FileProblemStrings = typeof fileProblemsEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends SampleRoadmapStrings, FileFieldStrings, FileProblemStrings {}
}
