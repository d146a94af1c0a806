/**
 * Ready-made sets of phases for an empty journey. Only the keys live here; the phase names are in
 * the language catalogs (`journey.templates.<template>.phases.<phase>`), so a template applied in
 * Italian gives Italian names.
 */
export const journeyTemplates = {
  /** The customer life cycle any business can start from. */
  lifecycle: ['discover', 'consider', 'buy', 'use', 'getHelp', 'renewOrLeave'],
  /** The method's own example: a passenger and an airline. */
  airline: ['inspiration', 'booking', 'beforeTrip', 'airport', 'flight', 'afterTrip'],
} as const satisfies Record<string, readonly string[]>;

export type JourneyTemplateKey = keyof typeof journeyTemplates;
export const journeyTemplateKeys = Object.keys(journeyTemplates) as JourneyTemplateKey[];

/** The phase names of a template, in order, from a translator for `phases.<key>`. */
export function templatePhaseNames(
  template: JourneyTemplateKey,
  phaseName: (phaseKey: string) => string,
): string[] {
  return journeyTemplates[template].map((key) => phaseName(key));
}
