import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../components/ui/translation';
import { useNavigate } from 'react-router';
import { useToast } from '../../../components/ui/toasts';
import { ensureStagesCatalog } from '../../../i18n/i18n';
import type { Problem } from '../../../lib/describe-issue';
import { describeStorageError } from '../../../lib/storage-errors';
import { roadmapPath } from '../../../lib/stages';
import { useDeleteRoadmap, useDuplicateRoadmap, useRestoreRoadmap } from '../api/roadmap-mutations';
import { roadmapQueries } from '../api/roadmap-queries';
import type { Roadmap } from '../../../core/roadmap';
import { sampleTextsFrom } from '../model/sample-texts';

const roadmapFiles = () => import('../api/roadmap-files');

/** The library's commands: success shows a toast, failure a list of problems in an alert. */
export function useLibraryActions(reportProblems: (problems: Problem[]) => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const duplicate = useDuplicateRoadmap();
  const remove = useDeleteRoadmap();
  const restore = useRestoreRoadmap();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: roadmapQueries.all() });

  // A file's problems name its fields in words, which come with the stages' strings.
  const reportFileProblems = async (problems: Problem[]) => {
    await ensureStagesCatalog();
    reportProblems(problems);
  };

  const guard = async (work: () => Promise<void>) => {
    reportProblems([]);
    try {
      await work();
    } catch (error) {
      reportProblems([describeStorageError(error)]);
    }
  };

  return {
    importRoadmap: (file: File) =>
      guard(async () => {
        const result = await (await roadmapFiles()).importRoadmapFromFile(file);
        if (!result.ok) return reportFileProblems(result.problems);
        await invalidate();
        toast({ message: t('library.imported', { name: result.value.name }) });
      }),
    restoreBackup: (file: File) =>
      guard(async () => {
        const result = await (await roadmapFiles()).restoreBackupFromFile(file);
        if (!result.ok) return reportFileProblems(result.problems);
        await invalidate();
        toast({ message: t('library.restoredBackup', { count: result.value }) });
      }),
    loadSample: () =>
      guard(async () => {
        await ensureStagesCatalog();
        const texts = sampleTextsFrom((section) => t(section, { returnObjects: true }));
        const result = await (await roadmapFiles()).loadSampleRoadmap(texts);
        if (!result.ok) return reportProblems(result.problems);
        await invalidate();
        toast({ message: t('library.sampleLoaded') });
        await navigate(roadmapPath(result.value.id));
      }),
    duplicate: (roadmap: Roadmap) =>
      guard(async () => {
        const copy = await duplicate.mutateAsync({
          roadmapId: roadmap.id,
          copyName: t('library.copyName', { name: roadmap.name }),
        });
        toast({ message: t('library.duplicated', { name: copy.name }) });
      }),
    exportOne: (roadmap: Roadmap) =>
      guard(async () => {
        const fileName = await (await roadmapFiles()).downloadRoadmap(roadmap);
        toast({ message: t('saving.exportedFile', { file: fileName }) });
      }),
    remove: (roadmap: Roadmap) =>
      guard(async () => {
        const bundle = await remove.mutateAsync(roadmap.id);
        if (!bundle) return;
        toast({
          message: t('library.deleted', { name: roadmap.name }),
          duration: 8000,
          action: {
            label: t('library.undo'),
            onAction: () =>
              void guard(async () => {
                await restore.mutateAsync(bundle);
                toast({ message: t('library.restored', { name: roadmap.name }) });
              }),
          },
        });
      }),
    backup: () =>
      guard(async () => {
        const { fileName, count } = await (await roadmapFiles()).downloadLibraryBackup();
        toast({
          message:
            count === 0 ? t('library.emptyBackup') : t('library.backupSaved', { file: fileName }),
        });
      }),
  };
}
