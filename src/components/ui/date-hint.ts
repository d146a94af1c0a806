import { useTranslation } from './translation';
import { dateInputPattern } from '../../lib/format';

/**
 * The order a date field expects (“dd/mm/yyyy”), as the browser draws its date fields: they
 * follow the browser's own language, which is what `navigator.language` reports.
 */
export function useDatePattern(): string {
  const { i18n } = useTranslation();
  const browserLanguage = globalThis.navigator?.language ?? i18n.language;
  return dateInputPattern(i18n.language, browserLanguage);
}

/** The hint a date field shows below it: “Format: dd/mm/yyyy”, after the field's own hint. */
export function useDateHint(ownHint?: string): string {
  const { t } = useTranslation();
  const formatHint = t('dateField.hint', { pattern: useDatePattern() });
  return ownHint ? `${ownHint} · ${formatHint}` : formatHint;
}
