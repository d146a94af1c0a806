import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import { saveTarget } from '../../../core/kit/save-target';
import { useAutosaveTo } from '../../../core/kit/use-autosave-write';
import type { StageSlug } from '../../../lib/stages';
import { saveStageNoteWrite, stageNoteQueries } from '../api/stage-notes';

export function StageNotesEditor({ roadmapId, stage }: { roadmapId: string; stage: StageSlug }) {
  const { t } = useTranslation();
  const id = useId();
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
    <div className="field stage-notes">
      <div className="field-label-row">
        <label htmlFor={id}>{t('stage.notesLabel')}</label>
        <SaveIndicator state={state} />
      </div>
      <textarea
        id={id}
        rows={8}
        value={text}
        disabled={isPending}
        aria-describedby={`${id}-hint`}
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
      <p id={`${id}-hint`} className="field-hint">
        {t('stage.notesHelp')}
      </p>
    </div>
  );
}
