import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { formatNumber } from '../../../core/numbers';
import { formatDate } from '../../../lib/format';

/** A value with its unit: "72.5%", "4.10 €" reads oddly, so symbols hug and words get a space. */
export function withUnit(text: string, unit: string): string {
  if (unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

export interface KpiFormat {
  value: (number: number, unit: string) => string;
  date: (day: string) => string;
  language: string;
}

/** Formatters bound to the current language, for components that show many values. */
export function useKpiFormat(): KpiFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const value = useCallback(
    (number: number, unit: string) => withUnit(formatNumber(number, language, 'measure'), unit),
    [language],
  );
  const date = useCallback((day: string) => formatDate(day, language), [language]);
  return useMemo(() => ({ value, date, language }), [value, date, language]);
}
