/** English strings of the workshop tools: the timer. */
export const workshopEn = {
  workshop: {
    present: {
      start: 'Present',
      bar: 'Presenting',
      stageOf: 'Stage {{number}} of 7',
      reveal: 'Reveal results',
      nav: 'Move between stages',
      previous: 'Previous stage',
      next: 'Next stage',
      stop: 'Stop presenting',
      hidden: 'The room’s results are hidden until you reveal them.',
    },
    timer: {
      group: 'Workshop timer',
      minutes: 'Timer minutes for {{stage}}',
      minutesShort: 'min',
      startShort: 'Timer',
      start: 'Start timer',
      pause: 'Pause timer',
      resume: 'Resume timer',
      reset: 'Reset timer',
      paused: 'paused',
      timesUp: 'Time’s up',
      endedFor: 'Time is up for {{stage}}.',
    },
  },
} as const;

type WorkshopStrings = typeof workshopEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends WorkshopStrings {}
}
