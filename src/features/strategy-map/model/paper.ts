/** The landscape sheets the map is laid out for; each has its own layout and its own caps. */
export type Paper = 'a4' | 'a3';
export const papers: readonly Paper[] = ['a4', 'a3'];
