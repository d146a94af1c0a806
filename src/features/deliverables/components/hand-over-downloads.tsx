import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toasts';
import { downloadBlob, safeFileName } from '../../../lib/download';
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
  const toast = useToast();
  const [busy, setBusy] = useState<Kind | null>(null);

  const download = async (kind: Kind) => {
    setBusy(kind);
    try {
      const [file, files] = await Promise.all([
        readRoadmapFile(roadmapId),
        import('../api/workbook-files'),
      ]);
      const sheets = buildWorkbook(file, workbookWords(t, i18n));
      const base = safeFileName(file.roadmap.name);
      const name = kind === 'workbook' ? `${base}.xlsx` : `${base} – CSV.zip`;
      downloadBlob(
        name,
        kind === 'workbook' ? await files.workbookBlob(sheets, 'Rotta') : files.csvZipBlob(sheets),
      );
      toast({ message: t('deliverables.saved', { file: name }) });
    } catch (error) {
      toast({
        tone: 'error',
        message: t('deliverables.failed', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setBusy(null);
    }
  };

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
