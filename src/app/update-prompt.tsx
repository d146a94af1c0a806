import { useTranslation } from '../components/ui/translation';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * A new version waits until the user chooses to reload, so an update never interrupts a workshop
 * (and never races an unsaved edit).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div role="status" className="banner">
      <span>{t('app.updateReady')}</span>
      <button
        type="button"
        className="button button-light"
        onClick={() => void updateServiceWorker(true)}
      >
        {t('app.reload')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => setNeedRefresh(false)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
