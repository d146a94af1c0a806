import { useTranslation } from './translation';
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** A quiet word next to what is being edited; failures are announced. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state === 'idle') return <span className="save-indicator" aria-hidden="true" />;
  if (state === 'failed') {
    return (
      <span role="alert" className="save-indicator save-failed">
        {t('saving.failed')}
      </span>
    );
  }
  return (
    <span className={`save-indicator save-${state}`} role="status">
      {state === 'saving' ? t('saving.saving') : t('saving.saved')}
    </span>
  );
}
