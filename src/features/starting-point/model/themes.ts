/** The two themes of the starting point, each scored 1 (poor) to 5 (excellent). Free of zod, so
 * pure scoring code can use it without loading the schemas. */
export const themes = ['digital', 'culture'] as const;
export type Theme = (typeof themes)[number];
