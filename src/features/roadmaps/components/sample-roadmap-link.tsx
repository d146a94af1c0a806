import { useQueryClient } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Link, useNavigate } from 'react-router';
import { useToast } from '../../../components/ui/toasts';
import { useProblemText } from '../../../components/ui/use-problem-text';
import { ensureStagesCatalog } from '../../../i18n/i18n';
import { roadmapPath, type StageSlug } from '../../../lib/stages';
import { describeStorageError } from '../../../lib/storage-errors';
import { roadmapQueries } from '../api/roadmap-queries';
import { sampleTextsFrom } from '../model/sample-texts';

const roadmapFiles = () => import('../api/roadmap-files');

export interface SampleRoadmapLinkProps {
  /** The sample's stage to open: the one the empty stage would look like once filled in. */
  stage: StageSlug;
}

/**
 * “See the sample roadmap” from a stage that is still empty: opens that stage of the sample,
 * loading the sample into the library first when it is not there yet. Without a script, or
 * opened in a new tab, the link still leads to the library, where the sample can be loaded.
 */
export function SampleRoadmapLink({ stage }: SampleRoadmapLinkProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const problemText = useProblemText();
  const [isOpening, setOpening] = useState(false);

  const open = async () => {
    await ensureStagesCatalog();
    const name = t('sample.name');
    const roadmaps = await queryClient.fetchQuery(roadmapQueries.list());
    const existing = roadmaps.find((roadmap) => roadmap.name === name);
    if (existing) return navigate(roadmapPath(existing.id, stage));
    const texts = sampleTextsFrom((section) => t(section, { returnObjects: true }));
    const result = await (await roadmapFiles()).loadSampleRoadmap(texts);
    if (!result.ok) throw new Error(result.problems.map(problemText).join(' '));
    await queryClient.invalidateQueries({ queryKey: roadmapQueries.all() });
    toast({ message: t('library.sampleLoaded') });
    return navigate(roadmapPath(result.value.id, stage));
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (isOpening) return;
    setOpening(true);
    open()
      .catch((error: unknown) =>
        toast({ tone: 'error', message: problemText(describeStorageError(error)) }),
      )
      .finally(() => setOpening(false));
  };

  return (
    <Link to="/" onClick={onClick} aria-busy={isOpening || undefined}>
      {t('stage.seeSample')}
    </Link>
  );
}
