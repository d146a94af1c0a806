/** English strings of the files a consultant hands over. */
export const deliverablesEn = {
  deliverables: {
    heading: 'Hand over',
    workbook: 'Download Excel workbook',
    csv: 'Download CSV files',
    preparing: 'Preparing…',
    roadmapSheet: 'Roadmap',
    // A sheet per table; spreadsheets allow at most 31 characters.
    sheets: {
      stageNotes: 'Workshop notes',
      subjects: 'Companies',
      assessors: 'Assessors',
      scores: 'Scores',
      goals: 'Goals',
      goalVotes: 'Dots on goals',
      channels: 'Channels',
      channelVotes: 'Dots on channels',
      demographics: 'Age mix',
      surveys: 'Survey',
      savingsPlans: 'Savings plan',
      kpis: 'KPIs',
      measurements: 'KPI values',
      journeyPhases: 'Journey phases',
      touchpoints: 'Touchpoints',
      trainingRoles: 'Roles',
      trainingPeople: 'People',
      competencies: 'Competencies',
      competencyLevels: 'Competency levels',
      trainingModules: 'Training modules',
      goLivePlans: 'Go-live plan',
      rollouts: 'Rollouts',
      readinessItems: 'Readiness checklist',
    },
    saved: 'Saved {{file}}.',
    failed: 'The file could not be made: {{detail}}. Nothing in the roadmap changed; try again.',
    kinds: { own: 'Own company', competitor: 'Competitor' },
    // A stage as a PDF document: its results, its data as tables, its notes.
    document: {
      download: 'Download PDF',
      making: 'Making the PDF…',
      failed:
        'The PDF could not be made: {{detail}}. Nothing in the roadmap changed; you can still print the page.',
      byline: '{{name}} · {{date}}',
      notes: 'Workshop notes',
      more_one: '…and {{count}} more row: the Excel workbook has every row.',
      more_other: '…and {{count}} more rows: the Excel workbook has every row.',
      page: 'Page {{page}} of {{pages}}',
      yes: 'Yes',
      no: 'No',
    },
  },
} as const;

type DeliverablesStrings = typeof deliverablesEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends DeliverablesStrings {}
}
