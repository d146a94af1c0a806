/**
 * Numbers in the UI language: one parser for every numeric field, one formatter for every number
 * shown. No field reads or writes numbers by itself.
 */
export {
  formatNumber,
  formatNumberInput,
  type FormatOptions,
  type NumberKind,
} from './format-number';
export { numberProblemMessage, numberTextSchema } from './number-problem';
export {
  numberRules,
  optional,
  type NumberProblem,
  type NumberReading,
  type NumberRefusal,
  type NumberRule,
} from './number-rules';
export { parseNumber, parseNumberColumn } from './parse-number';
export { perLanguage } from './per-language';
export { separatorsOf, type Separators } from './separators';
export { useNumberProblemText } from './use-number-problem-text';
