import { useTranslation } from '../../../components/ui/translation';
import { useFileDownload } from '../../../components/ui/use-file-download';
import { isoDay } from '../../../lib/dates';
import { safeFileName } from '../../../lib/download';
import type { StageSlug } from '../../../lib/stages';

/** Saves what the room sees of this stage as a 1920x1080 picture; its drawing code loads on use. */
export function SlideImageButton({ stage }: { stage: StageSlug }) {
  const { t } = useTranslation();
  const { busy, download } = useFileDownload<'slide'>();
  const save = () => {
    const page = document.querySelector<HTMLElement>('.stage-page');
    if (!page) return;
    return download(
      'slide',
      async () => {
        const { stageSlideImage } = await import('./slide-image');
        // The page's own paper colour, from the root where the app sets it.
        const background = getComputedStyle(document.documentElement).backgroundColor || '#f7f5f0';
        return {
          fileName: `${safeFileName(`${t(`stages.${stage}.title`)} – ${t('workshop.present.slideFile')} ${isoDay()}`)}.png`,
          blob: await stageSlideImage(page, background),
        };
      },
      {
        saved: (file) => t('workshop.present.slideSaved', { file }),
        failed: () => t('workshop.present.slideFailed'),
      },
    );
  };
  return (
    <button
      type="button"
      className="button"
      disabled={busy !== null}
      aria-busy={busy !== null || undefined}
      onClick={() => void save()}
    >
      <span aria-hidden="true">⤓ </span>
      {t('workshop.present.slide')}
    </button>
  );
}
