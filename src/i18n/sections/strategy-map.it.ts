import type { Widen } from '../en';
import type { strategyMapEn } from './strategy-map.en';

/** Testi italiani della mappa strategica e delle sue esportazioni. */
export const strategyMapIt = {
  strategyMap: {},
} satisfies Widen<typeof strategyMapEn>;
