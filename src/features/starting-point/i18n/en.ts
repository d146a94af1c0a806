/** English strings of Stage 1 (starting point). */
export const startingPointEn = {
  startingPoint: {
    themes: { digital: 'Digital channel competence and use', culture: 'Customer service culture' },
    themesShort: { digital: 'Digital channels', culture: 'Service culture' },
    subjectsHeading: 'Who is scored',
    ownBadge: 'own company',
    addCompetitor: 'Add competitor',
    competitorName: 'Competitor name',
    website: 'Website',
    notes: 'Notes',
    rename: 'Rename',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeConfirm: 'Remove “{{name}}” and all its scores?',
    removed: '“{{name}}” removed.',
    nameTaken: 'There is already a subject called “{{name}}”.',
    details: 'Details of {{name}}',
    evidenceLabel: 'What was observed: {{theme}}',
    offeredChannels: 'Digital service channels offered',
    assessorsHeading: 'Assessors',
    assessorsHelp:
      'In a workshop several people can score; each one’s scores are kept apart and the result is their mean.',
    addAssessor: 'Add assessor',
    assessorName: 'Assessor name',
    removeAssessor: 'Remove assessor {{name}}',
    scoringAs: 'Scoring as',
    defaultAssessor: 'Assessor 1',
    gridHeading: 'Scores',
    gridLabel: 'Scores of {{assessor}}: subjects by theme',
    gridHelp: 'Type 1 to 5 in a cell; arrow keys move, Delete clears. 1 = poor, 5 = excellent.',
    subject: 'Subject',
    score: 'Score',
    unscored: 'not scored',
    roomResult_one: 'Room: {{mean}} (range {{min}}–{{max}}, {{count}} scored)',
    roomResult_other: 'Room: {{mean}} (range {{min}}–{{max}}, {{count}} scored)',
    roomResultEmpty: 'Room: not scored yet',
    cellLabel: '{{subject}}, {{theme}}',
    resultsHeading: 'Where we stand',
    own: 'Own company',
    bestCompetitor: 'Best competitor',
    competitorAverage: 'Competitor average',
    gap: 'Gap to best',
    gapToAverage: 'Gap to average',
    noneYet: '—',
    positioningTitle: 'Positioning: digital competence vs service culture',
    positioningSummary:
      'Each subject placed by its mean scores; the lines at 3 divide the four quadrants.',
    comparisonTitle: 'Scores by theme',
    tableCaption: 'Mean scores by subject',
    mean: 'Mean',
    range: 'Range',
    scoredBy: 'Scored by',
    axisDigital: 'Digital competence (1–5)',
    axisCulture: 'Service culture (1–5)',
    chartLoading: 'Loading the chart…',
    gapBehind: '{{theme}}: {{gap}} below the best competitor ({{name}})',
    gapAhead: '{{theme}}: {{gap}} ahead of the best competitor ({{name}})',
    gapEven: '{{theme}}: level with the best competitor ({{name}})',
    contextHeading: 'Starting point',
    contextEmpty: 'Score your company and at least one competitor in stage 1 to see the gaps here.',
    openStartingPoint: 'Open the starting point',
    emptyCompetitors:
      'No competitors yet. Add the two or three companies your customers compare you with, and score them first.',
  },
} as const;

type StartingPointStrings = typeof startingPointEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends StartingPointStrings {}
}
