/** English strings of stage 4 (KPIs and monitoring) and its part of the sample roadmap. */
export const kpisEn = {
  sampleKpis: {
    placeholder: 'KPIs of the sample',
  },
} as const;
