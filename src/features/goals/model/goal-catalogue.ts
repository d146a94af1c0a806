import type { GoalCatalogKey, GoalDirection, GoalFields } from './goal';

type GoalPriority = GoalFields['priority'];

/**
 * What each of the method's five goals means by default: which way the number should move and
 * how urgent it usually is. Titles, descriptions and units are words, so they live in the catalogs.
 */
export const goalCatalogue = {
  'fewer-calls': { direction: 'decrease', priority: 'high' },
  'lower-cost': { direction: 'decrease', priority: 'medium' },
  'agent-productivity': { direction: 'increase', priority: 'medium' },
  satisfaction: { direction: 'increase', priority: 'high' },
  'faster-response': { direction: 'decrease', priority: 'high' },
} as const satisfies Record<GoalCatalogKey, { direction: GoalDirection; priority: GoalPriority }>;

/** The words of one catalogue goal, in the user's language. */
export interface GoalCatalogueTexts {
  title: string;
  description: string;
  unit: string;
}

/**
 * A new goal's first values: a catalogue goal comes with its title, unit and direction; a custom
 * goal (`null`) starts empty. Both start today, with the numbers, deadline and benefit left to
 * the room.
 */
export function goalDraft(
  catalogKey: GoalCatalogKey | null,
  texts: GoalCatalogueTexts | null,
  today: string,
): GoalFields {
  const defaults = catalogKey ? goalCatalogue[catalogKey] : null;
  return {
    catalogKey,
    title: texts?.title ?? '',
    description: texts?.description ?? '',
    direction: defaults?.direction ?? 'increase',
    baseline: null,
    target: null,
    unit: texts?.unit ?? '',
    startDate: today,
    deadline: '',
    benefit: '',
    priority: defaults?.priority ?? 'medium',
    owner: '',
  };
}
