/** `text` as a regular expression that matches it literally ("S.p.A." is not a pattern). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
