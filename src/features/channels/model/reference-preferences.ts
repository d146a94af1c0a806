/**
 * Preferred service channel by generation: Dimension Data 2013/14 Global Contact Centre
 * Benchmarking Report, as printed in Zendesk's guide to multichannel customer service.
 * Percent of respondents naming the channel; several answers each, so columns exceed 100.
 */
export const generationIds = ['silent', 'boomers', 'genX', 'genY'] as const;
export type GenerationId = (typeof generationIds)[number];

/** The reference table's channel groups ("don't know" is left out: it is no channel). */
export const referenceGroupIds = [
  'phone',
  'electronicMessages',
  'socialMedia',
  'smartphoneApp',
  'paperMail',
] as const;
export type ReferenceGroupId = (typeof referenceGroupIds)[number];

export type PreferenceTable = Record<ReferenceGroupId, Record<GenerationId, number>>;

export const referencePreferences: PreferenceTable = {
  phone: { silent: 55.6, boomers: 59.6, genX: 46.3, genY: 29.4 },
  electronicMessages: { silent: 6.6, boomers: 22.5, genX: 44.1, genY: 42.3 },
  socialMedia: { silent: 0.7, boomers: 3.5, genX: 20.7, genY: 36.4 },
  smartphoneApp: { silent: 0.3, boomers: 3.0, genX: 17.2, genY: 31.9 },
  paperMail: { silent: 17.2, boomers: 13.4, genX: 9.6, genY: 5.9 },
};

export const referenceSource =
  'Dimension Data 2013/14 Global Contact Centre Benchmarking Report, in Zendesk, “Guida all’assistenza clienti multicanale”';
