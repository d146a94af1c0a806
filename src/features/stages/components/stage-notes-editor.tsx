import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { FieldFrame } from '../../../components/ui/field-frame';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import type { StageSlug } from '../../../lib/stages';
import { saveStageNoteWrite, stageNoteQueries } from '../api/stage-notes';

export function StageNotesEditor({ roadmapId, stage }: { roadmapId: string; stage: StageSlug }) {
  const { t } = useTranslation();
  const { data: note, isPending } = useQuery(stageNoteQueries.detail(roadmapId, stage));
  const { state, schedule, flush, isBusy } = useAutosaveTo(
    saveTarget(saveStageNoteWrite, roadmapId, `notes:${roadmapId}:${stage}`, (text: string) => ({
      stage,
      text,
    })),
  );
  const [text, setText] = useState('');
  const isFocused = useRef(false);
  const storedText = note?.text ?? '';

  // Take the stored text on load and when another tab changes it, but never while the user types.
  useEffect(() => {
    if (!isFocused.current && !isBusy()) setText(storedText);
  }, [storedText, isBusy]);

  return (
    <FieldFrame
      label={t('stage.notesLabel')}
      hint={t('stage.notesHelp')}
      className="stage-notes"
      status={<SaveIndicator state={state} />}
    >
      {(control) => (
        <textarea
          {...control}
          rows={8}
          value={text}
          disabled={isPending}
          onFocus={() => (isFocused.current = true)}
          onBlur={() => {
            isFocused.current = false;
            // Changes from another tab that arrived while the field had focus were held back.
            if (!isBusy()) setText(storedText);
            void flush();
          }}
          onChange={(event) => {
            setText(event.target.value);
            schedule(event.target.value);
          }}
        />
      )}
    </FieldFrame>
  );
}
