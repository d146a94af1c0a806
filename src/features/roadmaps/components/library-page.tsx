import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/ui/dialog';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import { loadedOnce } from '../../../components/ui/loaded-once';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Problem } from '../../../lib/describe-issue';
import { ensureStagesCatalog } from '../../../i18n/i18n';
import { readRemembered, remember } from '../../../lib/remembered';
import { describeStorageError } from '../../../lib/storage-errors';
import { roadmapPath } from '../../../lib/stages';
import { useCreateRoadmap, useUpdateRoadmap } from '../api/roadmap-mutations';
import { roadmapQueries } from '../api/roadmap-queries';
import type { Roadmap } from '../../../core/roadmap';
import { emptyRoadmapFields, roadmapFields } from '../../../core/roadmap-status';
import { EmptyLibrary } from './empty-library';
import { useLibraryActions } from './library-actions';
import { RoadmapList } from './roadmap-list';
import { StorageStatus, useStoragePersistence } from './storage-status';

// The form brings react-hook-form and zod, and speaks in strings that come with the stages'. It
// loads when a dialog is first asked for (or the pointer or the focus reaches the button), and
// the dialog opens once it is here: opened before, it would show its strings' keys, or nothing.
const { preload: loadForm, Component: RoadmapForm } = loadedOnce(() =>
  Promise.all([import('./roadmap-form'), ensureStagesCatalog()]).then(
    ([module]) => module.RoadmapForm,
  ),
);
const preloadForm = () => loadForm().catch(() => undefined);
/** Runs `open` once the form is here, or could not come (the dialog then shows the route's error). */
const whenFormReady = (open: () => void) => void preloadForm().then(open);

const roadmapFileTypes = '.json,application/json';
/** How many roadmaps the list had last time: the count line keeps its place while it loads. */
const countKey = 'rotta.library.count';

export function LibraryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: roadmaps = [], isPending } = useQuery(roadmapQueries.list());
  const [problems, setProblems] = useState<Problem[]>([]);
  const [isCreating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Roadmap | null>(null);
  const [deleting, setDeleting] = useState<Roadmap | null>(null);
  const create = useCreateRoadmap();
  const update = useUpdateRoadmap();
  const actions = useLibraryActions(setProblems);
  const persistence = useStoragePersistence();
  const [lastCount] = useState(() => Number(readRemembered(countKey)) || 0);
  const count = isPending ? lastCount : roadmaps.length;
  useEffect(() => {
    if (!isPending) remember(countKey, String(roadmaps.length));
  }, [isPending, roadmaps.length]);

  return (
    <div className="library">
      <header className="page-header">
        <div>
          <h1>{t('library.title')}</h1>
          {count > 0 ? <p className="muted">{t('library.count', { count })}</p> : null}
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="button button-primary"
            onPointerEnter={() => void preloadForm()}
            onFocus={() => void preloadForm()}
            onClick={() => whenFormReady(() => setCreating(true))}
          >
            {t('library.newRoadmap')}
          </button>
          <FilePickerButton
            className="button"
            accept={roadmapFileTypes}
            onFile={(file) => void actions.importRoadmap(file)}
          >
            {t('library.importRoadmap')}
          </FilePickerButton>
          <button type="button" className="button" onClick={() => void actions.loadSample()}>
            {t('library.loadSample')}
          </button>
        </div>
      </header>

      {problems.length > 0 ? (
        <ProblemAlert
          title={
            problems.some((problem) => problem.key.startsWith('storage.'))
              ? t('saving.notSaved')
              : t('importing.failed')
          }
          problems={problems}
          onDismiss={() => setProblems([])}
          dismissLabel={t('app.dismiss')}
        />
      ) : null}

      {/* While the list loads, the explanation stays if the library was empty last time. */}
      {count === 0 ? <EmptyLibrary /> : null}
      {roadmaps.length > 0 ? (
        <RoadmapList
          roadmaps={roadmaps}
          onRename={(roadmap) => whenFormReady(() => setRenaming(roadmap))}
          onDuplicate={(roadmap) => void actions.duplicate(roadmap)}
          onExport={(roadmap) => void actions.exportOne(roadmap)}
          onDelete={setDeleting}
        />
      ) : null}

      {/* Below the list, so it waits for the list (arriving under it, it would be pushed down)
          and for the browser's first answer about storage (a line that changes length moves
          the buttons). */}
      {isPending || persistence === null ? null : (
        <section className="library-safety" aria-label={t('library.backup')}>
          <StorageStatus persistence={persistence} />
          <div className="toolbar">
            <button type="button" className="button" onClick={() => void actions.backup()}>
              {t('library.backup')}
            </button>
            <FilePickerButton
              className="button"
              accept={roadmapFileTypes}
              onFile={(file) => void actions.restoreBackup(file)}
            >
              {t('library.restore')}
            </FilePickerButton>
          </div>
        </section>
      )}

      <Dialog
        open={isCreating}
        title={t('roadmapForm.createTitle')}
        onClose={() => setCreating(false)}
      >
        <Suspense fallback={null}>
          <RoadmapForm
            initialValues={emptyRoadmapFields}
            submitLabel={t('roadmapForm.create')}
            onCancel={() => setCreating(false)}
            onSubmit={async (fields) => {
              try {
                const roadmap = await create.mutateAsync({
                  fields,
                  ownCompanyFallback: t('roadmapForm.ownCompanyFallback'),
                });
                setCreating(false);
                await navigate(roadmapPath(roadmap.id));
              } catch (error) {
                setCreating(false);
                setProblems([describeStorageError(error)]);
              }
            }}
          />
        </Suspense>
      </Dialog>

      <Dialog
        open={renaming !== null}
        title={t('roadmapForm.renameTitle')}
        onClose={() => setRenaming(null)}
      >
        {renaming ? (
          <Suspense fallback={null}>
            <RoadmapForm
              initialValues={roadmapFields(renaming)}
              submitLabel={t('roadmapForm.save')}
              onCancel={() => setRenaming(null)}
              onSubmit={async (fields) => {
                try {
                  await update.mutateAsync({ roadmapId: renaming.id, fields });
                } catch (error) {
                  setProblems([describeStorageError(error)]);
                }
                setRenaming(null);
              }}
            />
          </Suspense>
        ) : null}
      </Dialog>

      <Dialog
        open={deleting !== null}
        title={deleting ? t('library.confirmDeleteTitle', { name: deleting.name }) : ''}
        onClose={() => setDeleting(null)}
      >
        <p>{t('library.confirmDeleteBody')}</p>
        <div className="form-actions">
          <button type="button" className="button button-quiet" onClick={() => setDeleting(null)}>
            {t('library.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const target = deleting;
              setDeleting(null);
              if (target) void actions.remove(target);
            }}
          >
            {t('library.delete')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
