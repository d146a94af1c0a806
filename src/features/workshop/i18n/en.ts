/** English strings of the workshop tools: presenting, the timer, dot-votes. */
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
    dots: {
      goalsTitle: 'Dot-vote: which goals matter most?',
      channelsTitle: 'Dot-vote: which channels come first?',
      results: 'Dots per option, most first',
      dotCount_one: '{{count, number}} dot',
      dotCount_other: '{{count, number}} dots',
      fromPeople_one: '{{dots}} from {{count, number}} person',
      fromPeople_other: '{{dots}} from {{count, number}} people',
      fromRoom: '{{dots}} counted in the room',
      fromPeopleAndRoom_one: '{{dots}} from {{count, number}} person and the room’s count',
      fromPeopleAndRoom_other: '{{dots}} from {{count, number}} people and the room’s count',
      none_one:
        'No dots yet. Give everyone {{count}} dot to place on the options, then count them here.',
      none_other:
        'No dots yet. Give everyone {{count}} dots to place on the options, then count them here.',
      noGoals: 'Add goals first: the room votes on them.',
      noChannels: 'Mark channels as candidates or planned: the room votes on those.',
      record: 'Record the votes',
      budget: 'Dots per person',
      tallyTitle: 'Count for the whole room',
      tallyHint:
        'With the focus here, press an option’s number to add a dot, or Shift and the number to take one back.',
      tallyCount: 'The room’s dots on {{option}}',
      addDot: 'Add a dot to {{option}}',
      removeDot: 'Take a dot from {{option}}',
      personTitle: 'One person at a time',
      voterName: 'Name',
      dotsOn: 'Dots on {{option}}',
      saveVoter: 'Save dots',
      saveVoterChanges: 'Save changes',
      cancelEdit: 'Cancel',
      nameNeeded: 'Write the person’s name.',
      noDotsGiven: 'Give at least one dot.',
      overBudget_one: 'That is {{used}} dots: each person has {{count}}.',
      overBudget_other: 'That is {{used}} dots: each person has {{count}}.',
      votersTitle: 'Who voted',
      voterDots: '{{name}}: {{dots}}',
      edit: 'Edit',
      remove: 'Remove',
      editVoter: 'Edit the dots of {{name}}',
      removeVoter: 'Remove the dots of {{name}}',
      clear: 'Start a new vote',
      clearTitle: 'Start a new vote?',
      clearBody_one: 'This takes away the only dot. Undo brings it back.',
      clearBody_other: 'This takes away all {{count, number}} dots. Undo brings them back.',
      clearConfirm: 'Take the dots away',
      removed: 'Took out the dots of {{name}}.',
      restored: 'The dots of {{name}} are back.',
      saved: 'Saved the dots of {{name}}.',
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
