import { useTranslation } from '../../../components/ui/translation';
import { useFileDownload } from '../../../components/ui/use-file-download';
import { drawAllEvent } from '../../../components/ui/when-visible';
import { formatNumber } from '../../../core/numbers';
import { loadStages, stageDescriptor } from '../../../core/stage-registry';
import { isoDay } from '../../../lib/dates';
import { safeFileName } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import type { StageSlug } from '../../../lib/stages';
import { readRoadmapFile } from '../../roadmaps';
import { stageTables } from '../model/stage-document';
import { buildWorkbook } from '../model/workbook';
import { workbookWords } from './workbook-words';
import './stage-pdf.css';

/** What is still on its way to the screen: a part waiting to be shown, a chart loading or measuring. */
const stillDrawing =
  '[data-stage-result] :is([data-waiting], [aria-busy="true"], .recharts-responsive-container:not(:has(svg)))';

/**
 * Resolves once nothing on the page is still being drawn and it has stopped changing for a
 * moment (a chart's code has loaded, it has measured its box and drawn), or after a few seconds.
 */
function settled(page: HTMLElement, quietMs = 150, atMostMs = 4000): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (page.querySelector(stillDrawing)) quiet = window.setTimeout(check, quietMs);
      else done();
    };
    let quiet = window.setTimeout(check, quietMs);
    const limit = window.setTimeout(done, atMostMs);
    const observer = new MutationObserver(() => {
      window.clearTimeout(quiet);
      quiet = window.setTimeout(check, quietMs);
    });
    observer.observe(page, { childList: true, subtree: true, attributes: true });
    function done() {
      observer.disconnect();
      window.clearTimeout(quiet);
      window.clearTimeout(limit);
      resolve();
    }
  });
}

export interface StagePdfButtonProps {
  roadmapId: string;
  stage: StageSlug;
  /** Its place in the method: 1 to 7. */
  number: number;
}

/**
 * "Download PDF" on a stage: the stage as a document to hand over, its results as the page shows
 * them and its data as tables. The PDF's libraries and fonts load only when it is asked for.
 */
export function StagePdfButton({ roadmapId, stage, number }: StagePdfButtonProps) {
  const { t, i18n } = useTranslation();
  const { busy, download } = useFileDownload<'pdf'>();
  const language = i18n.language === 'it' ? 'it' : 'en';

  const make = async () => {
    const page = document.querySelector<HTMLElement>('.stage-page');
    if (!page) throw new Error('The stage is not on the page');
    // Charts below the fold wait to be scrolled to; the PDF pictures them all once drawn.
    const drawn = settled(page);
    window.dispatchEvent(new Event(drawAllEvent));
    const [file, { renderStagePdf }] = await Promise.all([
      readRoadmapFile(roadmapId),
      import('../api/stage-pdf'),
      loadStages(),
      drawn,
    ]);
    const title = t(`stages.${stage}.title`);
    const tables = stageTables(
      buildWorkbook(file, workbookWords(t, i18n)),
      Object.keys(stageDescriptor(stage)?.tables ?? {}),
      {
        number: (value) => formatNumber(value, language, 'measure'),
        date: (value) => formatDate(value.toISOString().slice(0, 10), language),
        yes: t('deliverables.document.yes'),
        no: t('deliverables.document.no'),
      },
    );
    // A panel inside another is drawn with it.
    const results = Array.from(page.querySelectorAll<HTMLElement>('[data-stage-result]')).filter(
      (panel) => !panel.parentElement?.closest('[data-stage-result]'),
    );
    const blob = await renderStagePdf({
      results,
      background: getComputedStyle(document.documentElement).backgroundColor || '#f7f5f0',
      tables,
      notes: file.rows.stageNotes.find((note) => note.stage === stage)?.text ?? '',
      language,
      words: {
        eyebrow: t('roadmap.stageOf', { number }),
        title,
        purpose: t(`stageGuide.${stage}.purpose`),
        byline: t('deliverables.document.byline', {
          name: file.roadmap.name,
          date: formatDate(isoDay(), language),
        }),
        notes: t('deliverables.document.notes'),
        more: (count) => t('deliverables.document.more', { count }),
        page: (current, pages) => t('deliverables.document.page', { page: current, pages }),
      },
    });
    return { fileName: `${safeFileName(`${file.roadmap.name} – ${title} ${isoDay()}`)}.pdf`, blob };
  };

  return (
    <button
      type="button"
      className="button button-quiet deliverables-pdf-button"
      disabled={busy !== null}
      aria-busy={busy !== null || undefined}
      onClick={() =>
        void download('pdf', make, {
          making: t('deliverables.document.making'),
          saved: (file) => t('deliverables.saved', { file }),
          failed: (detail) => t('deliverables.document.failed', { detail }),
        })
      }
    >
      <span aria-hidden="true">⤓ </span>
      {t('deliverables.document.download')}
    </button>
  );
}
