/** English strings of Stage 2 (goals and timelines). */
export const goalsEn = {
  goals: {
    addGoal: 'Add goal',
    newGoalTitle: 'New goal',
    startFrom: 'Start from',
    startFromHelp:
      'Pick one of the five typical goals of the method, or write your own. Every field can be changed.',
    custom: 'Custom goal',
    customDescription: 'A goal of your own, starting from an empty form.',
    fields: {
      title: 'Title',
      description: 'Description',
      direction: 'Direction',
      baseline: 'Baseline',
      target: 'Target',
      unit: 'Unit',
      startDate: 'Start date',
      deadline: 'Deadline',
      benefit: 'Expected benefit',
      priority: 'Priority',
      owner: 'Owner',
    },
    hints: {
      numbers: 'A number, such as 38,000 or 4.8. Leave it empty if not known yet.',
      benefit: 'What the business gains when the goal is reached.',
      unit: 'For example calls/month, €, %.',
      optional: 'optional',
    },
    directions: { increase: 'Increase', decrease: 'Decrease' },
    directionArrows: { increase: '↑ increase', decrease: '↓ decrease' },
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    priorityBadge: { high: 'High priority', medium: 'Medium priority', low: 'Low priority' },
    save: 'Save goal',
    cancel: 'Cancel',
    created: 'Goal “{{title}}” added.',
    listHeading: 'Goals by deadline',
    count_one: '{{count}} goal',
    count_other: '{{count}} goals',
    emptyTitle: 'No goals yet',
    emptyBody:
      'Each goal appears here with its target, its deadline and the benefit it brings, and on a timeline. Start from one of the typical goals: fewer calls, lower cost, more productive agents, happier customers or faster answers.',
    edit: 'Edit',
    editGoal: 'Edit “{{title}}”',
    editing: 'Editing “{{title}}”',
    editHelp: 'Changes save themselves once every field is valid.',
    done: 'Done',
    delete: 'Delete',
    deleteGoal: 'Delete “{{title}}”',
    confirmDeleteTitle: 'Delete the goal “{{title}}”?',
    confirmDeleteBody:
      'The goal will be removed from this roadmap. You can undo for a few seconds.',
    deleted: 'Goal “{{title}}” deleted.',
    undo: 'Undo',
    restored: 'Goal “{{title}}” restored.',
    actionFailed: 'The change was not saved.',
    notSet: 'not set',
    noDeadline: 'No deadline yet',
    deadlineOn: 'Deadline {{date}}',
    startOn: 'from {{date}}',
    ownerIs: 'Owner: {{owner}}',
    benefitLabel: 'Benefit',
    measure: 'From {{baseline}} to {{target}}',
    timeline: {
      heading: 'Timeline',
      summary:
        'Each goal is a bar from its start date to its deadline; the vertical line marks today. A dashed bar has no start date yet.',
      today: 'Today',
      tableCaption: 'Goals on the timeline',
      goal: 'Goal',
      start: 'Start',
      deadline: 'Deadline',
      empty: 'Goals with a deadline appear here on a timeline.',
      withoutDeadline_one: '{{count}} goal without a deadline is not on the timeline.',
      withoutDeadline_other: '{{count}} goals without a deadline are not on the timeline.',
    },
  },
  goalCatalogue: {
    'fewer-calls': {
      title: 'Fewer calls to the call centre',
      description:
        'Move routine questions to self-service and digital channels, so the call centre gets fewer calls.',
      unit: 'calls/month',
    },
    'lower-cost': {
      title: 'Lower cost per interaction',
      description:
        'Lower the average cost of each handled contact: cheaper channels and more requests solved at the first contact.',
      unit: '€ per interaction',
    },
    'agent-productivity': {
      title: 'More productive agents',
      description:
        'Raise the number of contacts each agent resolves per hour, for example by handling several chats at once.',
      unit: 'contacts per agent-hour',
    },
    satisfaction: {
      title: 'Happier customers who stay',
      description: 'Raise customer satisfaction and keep more customers from leaving.',
      unit: 'CSAT %',
    },
    'faster-response': {
      title: 'Faster answers',
      description: 'Cut the time customers wait for a first response.',
      unit: 'hours to first response',
    },
  },
} as const;

type GoalsStrings = typeof goalsEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends GoalsStrings {}
}
