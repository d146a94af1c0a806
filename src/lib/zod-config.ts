/*
 * zod compiles object schemas with `new Function` when it may; finding out tries it once, which
 * the app's security policy (no eval) blocks and reports on every page. The interpreted parser is
 * fast enough for every file and form here, so zod is told not to try: `jitless`.
 *
 * zod keeps its settings on `globalThis.__zod_globalConfig` and adopts one set before it loads
 * (the same object, so setting it after works too).
 * Setting it here, in the entry, keeps zod itself out of the first paint's code;
 * `zod-config.test.ts` checks that zod still reads it.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;
export {};
