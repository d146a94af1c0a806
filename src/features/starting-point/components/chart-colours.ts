/** The own company has the same accent in every chart; competitors a calm blue-grey. */
export const chartColours = {
  own: '#b86e00',
  /** The own company's second theme: the accent, lighter. */
  ownLight: '#e3a94f',
  competitor: '#4f6d85',
  /** The competitors' second theme. */
  competitorLight: '#9bb3c7',
  /** Ticks, axis names and the subjects' names beside the bars. */
  tick: '#5c6670',
  /** The dashed grid behind the marks. */
  grid: '#cfd5db',
} as const;
