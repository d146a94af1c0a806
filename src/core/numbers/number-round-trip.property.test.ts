// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberInput } from './format-number';
import { parseNumber } from './parse-number';

const anyNumber = { allowNegative: true };
// Every number a field can hold: parseNumber refuses magnitudes where integers stop being exact.
const storable = fc.oneof(
  fc.double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e7, max: 1e7 }).map((cents) => cents / 100),
);

describe('a stored number put back into its field', () => {
  it.each(['it', 'en'])('reads back as the same number (%s)', (language) => {
    fc.assert(
      fc.property(storable, (value) => {
        const text = formatNumberInput(value, language);
        const reading = parseNumber(text, language, anyNumber);
        // -0 is stored as 0; every other value comes back bit for bit.
        expect(reading).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
      { numRuns: 1000 },
    );
  });
});
