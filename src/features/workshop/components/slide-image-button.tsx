import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { isoDay } from '../../../lib/dates';
import { downloadBlob, safeFileName } from '../../../lib/download';
import type { StageSlug } from '../../../lib/stages';

/** Saves what the room sees of this stage as a 1920x1080 picture; its drawing code loads on use. */
export function SlideImageButton({ stage }: { stage: StageSlug }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const page = document.querySelector<HTMLElement>('.stage-page');
    if (!page || busy) return;
    setBusy(true);
    try {
      const { stageSlideImage } = await import('./slide-image');
      // The page's own paper colour, from the root where the app sets it.
      const background = getComputedStyle(document.documentElement).backgroundColor || '#f7f5f0';
      const blob = await stageSlideImage(page, background);
      const fileName = `${safeFileName(`${t(`stages.${stage}.title`)} – ${t('workshop.present.slideFile')} ${isoDay()}`)}.png`;
      downloadBlob(fileName, blob);
      toast({ message: t('workshop.present.slideSaved', { file: fileName }) });
    } catch {
      toast({ tone: 'error', message: t('workshop.present.slideFailed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={() => void save()}
    >
      <span aria-hidden="true">⤓ </span>
      {t('workshop.present.slide')}
    </button>
  );
}
