/** English strings of the strategy map and its exports. */
export const strategyMapEn = {
  strategyMap: {
    loading: 'Drawing the map…',
    missing: 'This roadmap could not be read.',
    controls: {
      label: 'Print and export',
      paper: 'Paper size',
      a4: 'A4 landscape',
      a3: 'A3 landscape',
      print: 'Print or save as PDF',
      png: 'Download PNG',
      svg: 'Download SVG',
      pdf: 'Download PDF',
      pptx: 'Download PowerPoint',
      printHint:
        'Printing gives exactly one landscape page with the map alone, and “Download PDF” saves that same page as a file. On A3 the type stays the size it is on A4 and the map shows more of the roadmap; the map above, the PDF and the images follow the paper chosen.',
      making: {
        png: 'Making the PNG…',
        svg: 'Making the SVG…',
        pdf: 'Making the PDF…',
        pptx: 'Making the deck…',
      },
      saved: 'Saved as {{file}}.',
      failed: {
        png: 'The image could not be made. Try again, or print to PDF instead.',
        svg: 'The image could not be made. Try again, or print to PDF instead.',
        pdf: 'The PDF could not be made. Try again, or print the map and choose “Save as PDF”.',
        pptx: 'The deck could not be made. Nothing in the roadmap changed; try again.',
      },
    },
    deck: {
      subtitle: 'Digital customer service roadmap',
      positioning: 'Digital competence and service culture (1–5)',
      themes: 'Mean score per theme',
      dots: 'Dots from the room',
      survey: 'Customers’ channel choice: survey and age-mix expectation',
      surveyShare: 'Survey',
      expectedShare: 'Expected from the age mix',
      teamReady: 'The team is {{percent}}% ready for the new channels.',
      readiness: 'Readiness checklist',
    },
    open: {
      heading: 'Still open in the roadmap',
      body: 'The map draws what is already there. These stages are not finished yet:',
      allDone: 'Every stage is done: the map tells the whole roadmap.',
      status: { 'not-started': 'not started', 'in-progress': 'in progress' },
    },
    text: {
      heading: 'The map in words',
      label: 'Strategy map of {{name}}',
      description:
        'One page from where the company stands, through channels, customer journey and people, to its goals, with the KPIs that measure them and the go-live.',
    },
    map: {
      preparedBy: 'Prepared by {{author}}',
      workshop: 'Workshop {{date}}',
      asOf: 'As of {{date}}',
      footer: 'Made with Rotta',
      more_one: '+{{count}} more',
      more_other: '+{{count}} more',
      empty: 'Not filled in yet: see {{stage}}.',
      columns: {
        stand: 'Where we stand',
        means: 'How we get there',
        go: 'Where we go',
        measure: 'How we measure',
        goLive: 'Go live',
      },
      standing: {
        axisDigital: 'Digital channels',
        axisCulture: 'Service culture',
        us: 'Us',
        best: 'Best',
        gap: 'Gap',
        bestCompetitor: 'Best competitor: {{name}}',
        bestCompetitorsTied: 'Best competitors, tied: {{names}}',
        bestOn: {
          digital: 'Best on digital channels: {{names}}',
          culture: 'Best on service culture: {{names}}',
        },
        others: 'Other competitors',
      },
      channels: {
        heading: 'Channels',
        inUse: 'In use today',
        planned: 'Planned',
        from: 'from {{date}}',
        noDate: 'date to set',
      },
      journey: {
        heading: 'Customer journey',
        emotion: 'How customers feel',
        touchpoints_one: '{{count}} touchpoint',
        touchpoints_other: '{{count}} touchpoints',
        morePhases_one: '+{{count}} phase',
        morePhases_other: '+{{count}} phases',
      },
      people: {
        heading: 'People',
        readiness: 'team readiness',
        readinessNone: 'No levels set',
        people_one: '{{count}} person',
        people_other: '{{count}} people',
        roles: 'Roles',
        modules: 'Training modules',
        moduleEnds: 'ends {{date}}',
        uncovered_one: '{{count}} skill gap without a module',
        uncovered_other: '{{count}} skill gaps without a module',
        allCovered: 'Every skill gap has a module',
      },
      goals: {
        target: 'Target',
        from: 'from {{value}}',
        by: 'by {{date}}',
        noTarget: 'Target to set',
        noDeadline: 'no deadline',
        dots_one: '● {{count, number}} dot',
        dots_other: '● {{count, number}} dots',
      },
      kpis: {
        target: 'Target {{value}}',
        noTarget: 'No target',
        latest: 'Latest {{value}}',
        latestOn: 'on {{date}}',
        noValue: 'No value yet',
      },
      goLive: {
        launch: 'Launch',
        notSet: 'Date to set',
        pilot: 'Pilot {{date}}',
        readiness: 'ready',
        checklist_one: '{{done}} of {{count}} checklist item done',
        checklist_other: '{{done}} of {{count}} checklist items done',
      },
    },
  },
} as const;

type StrategyMapStrings = typeof strategyMapEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends StrategyMapStrings {}
}
