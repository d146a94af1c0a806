/** English strings of stage 5 (customer journey) and its part of the sample roadmap. */
export const journeyEn = {
  sampleJourney: {
    placeholder: 'Journey of the sample',
  },
} as const;
