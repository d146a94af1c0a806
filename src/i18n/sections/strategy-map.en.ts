/** English strings of the strategy map and its exports. */
export const strategyMapEn = {
  strategyMap: {},
} as const;
