/** English strings of stage 4 (KPIs and monitoring) and its part of the sample roadmap. */
export const kpisEn = {
  kpis: {
    dashboardHeading: 'Monitoring dashboard',
    dashboardLabel: 'KPI dashboard',
    statusRule:
      'Status: the plan runs in a straight line from the baseline to the target by the target date. A KPI is on track when its latest value has come at least as far along that line as the time gone by, less 10% of the way; at risk when it is short by up to 25%; off track beyond that. A measurement is overdue when the latest value is older than its frequency allows (daily 2 days, weekly 10, monthly 35, quarterly 100).',
    emptyTitle: 'No KPIs yet',
    emptyBody:
      'Pick the metrics that tell whether each goal is being reached. Each KPI will get a card here with its latest value, its status and a small trend line.',
    summary:
      '{{onTrack}} on track · {{atRisk}} at risk · {{offTrack}} off track · {{overdue}} overdue',
    status: {
      'on-track': 'On track',
      'at-risk': 'At risk',
      'off-track': 'Off track',
      overdue: 'Measurement overdue',
      'no-data': 'No values yet',
      'no-target': 'No target set',
    },
    add: {
      open: 'Add KPI',
      label: 'Add a KPI',
      heading: 'Add a KPI',
      kpi: 'KPI',
      custom: 'Custom KPI…',
      customName: 'Name of the custom KPI',
      goal: 'For the goal',
      noGoal: 'No goal yet',
      submit: 'Add this KPI',
      cancel: 'Cancel',
      definitionPreview: 'What it measures: {{definition}}',
      added: '“{{name}}” added. Set its goals, baseline and target below.',
      addedForGoal: '“{{name}}” added for its goal. Check its plan below.',
    },
    card: {
      open: 'Open {{name}}',
      latest: 'Latest value',
      noValues: 'No values yet',
      target: 'Target {{value}} by {{date}}',
      targetNoDate: 'Target {{value}}',
      noTarget: 'No target yet',
      lastPath: 'Latest value was {{status}}',
      trend_one: 'Trend of the last value',
      trend_other: 'Trend of the last {{count}} values',
      selected: 'open below',
    },
    warnings: {
      goalWithoutKpi: 'No KPI measures the goal “{{title}}”.',
      kpiWithoutGoal: '“{{name}}” serves no goal.',
      kpiWithoutBaseline: '“{{name}}” has no baseline, so it has no path and no status.',
      addFor: 'Add a KPI for it',
      open: 'Open {{name}}',
    },
    detail: {
      label: 'Selected KPI',
      close: 'Close',
      delete: 'Delete KPI',
      deleteConfirmEmpty: 'Delete “{{name}}”? It has no values yet.',
      deleteConfirm_one: 'Delete “{{name}}” and its value?',
      deleteConfirm_other: 'Delete “{{name}}” and its {{count}} values?',
      deleted: 'Deleted: {{name}}.',
      restored: '{{name}} is back.',
      undo: 'Undo',
      editHeading: 'Definition and plan',
      editing: 'Details of {{name}}',
      editHelp: 'Changes save themselves.',
    },
    fields: {
      name: 'Name',
      definition: 'Definition',
      unit: 'Unit',
      direction: 'Direction',
      goals: 'Goals it serves',
      channels: 'Channels it covers',
      baseline: 'Baseline',
      baselineDate: 'Baseline date',
      target: 'Target',
      targetDate: 'Target date',
      frequency: 'Measured',
      source: 'Data source or tool',
      owner: 'Owner',
    },
    hints: {
      numbers: 'For example 42,000 or 12.5.',
      baselineDate:
        'When the baseline was measured: the plan starts here (empty: the day the KPI was added).',
      channels: 'None ticked means all channels.',
      noGoals: 'No goals yet: set them in stage 2 first.',
      noChannels: 'No channels yet: choose them in stage 3.',
    },
    directions: { higher: 'Higher is better', lower: 'Lower is better' },
    frequencies: {
      daily: 'Daily',
      weekly: 'Weekly',
      monthly: 'Monthly',
      quarterly: 'Quarterly',
    },
    log: {
      heading: 'Measurements',
      entryLabel: 'Add a value',
      date: 'Date',
      value: 'Value',
      add: 'Add value',
      help: 'Type a value and press Enter: it is added, the date moves on to the next period and the field is ready for the next value.',
      added: 'Added {{value}} on {{date}}.',
      replaced: 'The value on {{date}} was {{before}}: replaced with {{value}}.',
      tableCaption: 'Values of {{name}}, newest first',
      empty: 'No values yet. Add the first one above, or paste a series.',
      valueOn: 'Value on {{date}}',
      dateOf: 'Date of the value {{value}}',
      remove: 'Delete the value of {{date}}',
      removeColumn: 'Delete the value on that date',
      removed: 'Deleted the value of {{date}}.',
      restored: 'The value of {{date}} is back.',
      showAll_one: 'Show the {{count}} value',
      showAll_other: 'Show all {{count}} values',
      dateTaken: 'There is already a value on this date.',
      future: 'A measured value cannot be dated in the future.',
      dateRequired: 'Enter a date.',
    },
    import: {
      open: 'Paste or import values',
      title: 'Paste or import values',
      help: 'One value per line: the date (2026-03-31 or 31/03/2026), then the value, separated by a tab (as a spreadsheet copies them), a semicolon or a comma. A header line is skipped. Values on dates that already have one replace them.',
      textLabel: 'Dates and values',
      file: 'Choose a CSV file',
      preview_one: '{{count}} value ready: {{added}} new, {{replaced}} replacing an existing one.',
      preview_other: '{{count}} values ready: {{added}} new, {{replaced}} replacing existing ones.',
      submit: 'Import values',
      cancel: 'Cancel',
      problemsTitle: 'Nothing was imported. Fix these rows and try again:',
      rowProblem: 'Row {{row}}: {{message}}',
      codes: {
        columns:
          'expected a date and a value, found “{{detail}}”. With a decimal comma, separate the columns with a tab or a semicolon.',
        date: '“{{detail}}” is not a date; use 2026-03-31 or 31/03/2026.',
        future: '{{detail}} is in the future.',
        value: '“{{detail}}” is not a number (for example 42,000 or 12.5).',
        duplicate: 'the same date as row {{detail}}.',
        empty: 'There are no values to import.',
        tooMany: '{{detail}} rows is too many; at most 10,000 at once.',
        tooLarge: 'This text is over 1 MB, far more than 10,000 values take up. Nothing was read.',
      },
      done_one: 'Imported {{count}} value: {{added}} new, {{replaced}} replaced.',
      done_other: 'Imported {{count}} values: {{added}} new, {{replaced}} replaced.',
      fileFailed: 'The file could not be read.',
    },
    chart: {
      heading: 'Actuals against the plan',
      actual: 'Actual',
      path: 'Planned path',
      targetDate: 'Target date',
      summary_one:
        '{{count}} value on {{from}}. Latest: {{latest}}. Planned for that date: {{expected}}. Target: {{target}}.',
      summary_other:
        '{{count}} values from {{from}} to {{to}}. Latest: {{latest}}. Planned for that date: {{expected}}. Target: {{target}}.',
      summaryNoPlan_one: '{{count}} value on {{from}}. Latest: {{latest}}. No plan yet.',
      summaryNoPlan_other:
        '{{count}} values from {{from}} to {{to}}. Latest: {{latest}}. No plan yet.',
      empty: 'The chart appears with the first value.',
      downsampled:
        'Drawn with {{shown}} of {{total}} points to fit the width; every value is in the table.',
      notSet: 'not set',
    },
  },
  kpiCatalogue: {
    units: {
      contactsPerMonth: 'contacts/month',
      percent: '%',
      euro: '€',
      hours: 'hours',
      minutes: 'minutes',
      points: 'points',
      effortScore: 'score 1–5',
      contactsPerHour: 'contacts/hour',
    },
    items: {
      'contacts-per-channel': {
        name: 'Contacts per channel',
        definition: 'How many requests reach one channel in the period: shows where demand goes.',
      },
      deflection: {
        name: 'Self-service deflection',
        definition:
          'Share of requests solved by FAQ, knowledge base or app without reaching an agent.',
      },
      'cost-per-contact': {
        name: 'Cost per contact',
        definition: 'Total service cost of the period divided by the contacts handled.',
      },
      'first-response-time': {
        name: 'First response time',
        definition: 'Time from the customer’s message to the first reply from a person.',
      },
      'handling-time': {
        name: 'Average handling time',
        definition: 'Average time an agent spends on one contact, follow-up work included.',
      },
      'first-contact-resolution': {
        name: 'First-contact resolution',
        definition: 'Share of requests solved in the first contact, with no need to come back.',
      },
      csat: {
        name: 'Customer satisfaction (CSAT)',
        definition: 'Share of customers who rate the service as good or very good right after it.',
      },
      nps: {
        name: 'Net Promoter Score',
        definition:
          'Promoters minus detractors, in points, from “would you recommend us?” on a 0–10 scale.',
      },
      'customer-effort': {
        name: 'Customer effort',
        definition: 'How hard customers say it was to get their issue solved (1 = very easy).',
      },
      churn: {
        name: 'Churn',
        definition: 'Share of customers who leave in the period.',
      },
      'service-level': {
        name: 'Service-level compliance',
        definition: 'Share of contacts answered within the promised time.',
      },
      'helpful-share': {
        name: '“Was this helpful?” yes share',
        definition: 'Share of “yes” clicks on help pages: tells whether self-service answers work.',
      },
      'contacts-per-agent-hour': {
        name: 'Contacts per agent-hour',
        definition: 'Contacts handled per hour an agent is on duty: a measure of productivity.',
      },
    },
  },
  sampleKpis: {
    kpis: [
      {
        name: 'Calls to the call centre',
        definition: 'Inbound calls per month, all reasons; baggage and check-in are 40% of them.',
        unit: 'calls/month',
        source: 'Telephony reports',
        owner: 'Giulia Ferraris',
      },
      {
        name: 'Self-service deflection',
        definition: 'Share of help-centre visits that end without a call or an email.',
        unit: '%',
        source: 'Web analytics and ticketing tool',
        owner: 'Digital team',
      },
      {
        name: 'Cost per contact',
        definition: 'Service cost of the month divided by the contacts handled on every channel.',
        unit: '€',
        source: 'Finance, monthly close',
        owner: 'Customer service controller',
      },
      {
        name: 'First response time on social media',
        definition: 'Median hours from a public post or message to the first reply.',
        unit: 'hours',
        source: 'Social media inbox',
        owner: 'Social media team',
      },
      {
        name: 'Customer satisfaction (CSAT)',
        definition: 'Share of 4 and 5 ratings in the survey sent after each contact.',
        unit: '%',
        source: 'Post-contact survey',
        owner: 'Quality team',
      },
      {
        name: 'First-contact resolution',
        definition: 'Share of requests that do not come back within 7 days.',
        unit: '%',
        source: 'Ticketing tool',
        owner: 'Team leaders',
      },
      {
        name: 'Net Promoter Score',
        definition: 'Monthly survey of passengers who contacted the service.',
        unit: 'points',
        source: 'Survey tool',
        owner: 'Marketing',
      },
      {
        name: '“Was this helpful?” yes share',
        definition: 'Yes clicks on the baggage and check-in help pages.',
        unit: '%',
        source: 'Help-centre feedback buttons',
        owner: 'Digital team',
      },
    ],
  },
} as const;

type KpisStrings = typeof kpisEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends KpisStrings {}
}
