import { useTranslation } from '../../../components/ui/translation';
import { useFileDownload } from '../../../components/ui/use-file-download';
import { safeFileName } from '../../../lib/download';
import { readRoadmapFile } from '../../roadmaps';
import { buildWorkbook } from '../model/workbook';
import { workbookWords } from './workbook-words';

export interface HandOverDownloadsProps {
  roadmapId: string;
}

type Kind = 'workbook' | 'csv';

/**
 * The roadmap's numbers for people who work in spreadsheets: an Excel workbook (a sheet per kind
 * of data) and the same sheets as CSV files. The writers load only when asked for.
 */
export function HandOverDownloads({ roadmapId }: HandOverDownloadsProps) {
  const { t, i18n } = useTranslation();
  const { busy, download: save } = useFileDownload<Kind>();

  const download = (kind: Kind) =>
    save(
      kind,
      async () => {
        const [file, files] = await Promise.all([
          readRoadmapFile(roadmapId),
          import('../api/workbook-files'),
        ]);
        const sheets = buildWorkbook(file, workbookWords(t, i18n));
        const base = safeFileName(file.roadmap.name);
        return kind === 'workbook'
          ? { fileName: `${base}.xlsx`, blob: await files.workbookBlob(sheets, 'Rotta') }
          : { fileName: `${base} – CSV.zip`, blob: files.csvZipBlob(sheets) };
      },
      {
        saved: (file) => t('deliverables.saved', { file }),
        failed: (detail) => t('deliverables.failed', { detail }),
      },
    );

  return (
    <>
      {(['workbook', 'csv'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button"
          disabled={busy !== null}
          aria-busy={busy === kind}
          onClick={() => void download(kind)}
        >
          {busy === kind ? t('deliverables.preparing') : t(`deliverables.${kind}`)}
        </button>
      ))}
    </>
  );
}
