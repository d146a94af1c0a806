import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import { saveDemographicsWrite } from '../api/channels-queries';
import type { Demographics } from '../model/channel';
import {
  draftFromDemographics,
  readDemographicsDraft,
  type DemographicsDraft,
  type DemographicsValues,
} from '../model/demographics-draft';

/**
 * The demographics editor's state: every field as typed, saved as one record a moment after the
 * last valid change. Stored data replaces the draft only while nothing is being edited.
 */
export function useDemographicsDraft(roadmapId: string, demographics: Demographics | null) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState(() => draftFromDemographics(demographics, language));
  const container = useRef<HTMLElement>(null);
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(
      saveDemographicsWrite,
      roadmapId,
      `demographics:${roadmapId}`,
      (values: DemographicsValues) => values,
    ),
  );
  useEffect(() => {
    const isEditing = container.current?.contains(document.activeElement) ?? false;
    if (!isEditing && !isBusy()) setDraft(draftFromDemographics(demographics, language));
  }, [demographics, language, isBusy]);

  const { values, problems } = readDemographicsDraft(draft, language);
  const change = (next: DemographicsDraft) => {
    setDraft(next);
    const read = readDemographicsDraft(next, language);
    if (read.values) schedule(read.values);
  };
  return { draft, values, problems, change, state, flush, container };
}
