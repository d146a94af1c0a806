/** The landscape sheets the map is laid out for; each has its own layout and its own caps. */
export type Paper = 'a4' | 'a3';
export const papers: readonly Paper[] = ['a4', 'a3'];

/**
 * The printed map: the page box and the drawing's size in millimetres. The drawing is a little
 * smaller than the printable area (paper less margins, kept in the √2 ratio), so rounding in the
 * print engine can never push it onto a second page. Each sheet has its own layout whose units
 * print at the same size (272 / 1414 = 388 / 2017 mm a unit, see components/map-theme.ts). The PDF
 * download uses the same boxes, so it matches the print.
 */
export const printBox: Record<
  Paper,
  { size: string; margin: number; width: number; height: number }
> = {
  a4: { size: 'A4 landscape', margin: 8, width: 272, height: 192.3 },
  a3: { size: 'A3 landscape', margin: 10, width: 388, height: 274.4 },
};
