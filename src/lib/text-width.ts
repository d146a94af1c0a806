/** Measures a text's width in px at a font size, bold or not. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** Width in em of one character in a common sans-serif font; leans wide so text never spills. */
function charWidth(char: string): number {
  if ("il.,:;|!'’ ".includes(char)) return 0.3;
  if ('rtfj-/()'.includes(char)) return 0.42;
  if ('mwMW%@'.includes(char)) return 0.92;
  if (char >= 'A' && char <= 'Z') return 0.72;
  return 0.6;
}

/**
 * A text's width from each character's width in em, for SVG text that cannot be measured before
 * it is drawn. It leans wide: a box a little too large only moves a label or breaks a line early,
 * one too small lets text cover other text or leave the drawing.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
};
