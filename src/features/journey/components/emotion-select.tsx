import { useId, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { SaveIndicator } from '../../../components/ui/save-indicator';
import type { SaveState } from '../../../core/kit/use-autosave';
import type { JourneyPhase } from '../model/journey';

const scale = ['2', '1', '0', '-1', '-2'] as const;

export interface EmotionSelectProps {
  phase: JourneyPhase;
  onSave: (phaseId: string, emotion: number | null) => Promise<unknown>;
}

/** How the customer feels in one phase, -2 to +2; saved as soon as it is picked. */
export function EmotionSelect({ phase, onSave }: EmotionSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  // The picked value shows at once; the stored one takes over when the write is done.
  const [pending, setPending] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const stored = phase.emotion === null ? '' : String(phase.emotion);
  const choose = async (next: string) => {
    setPending(next);
    setState('saving');
    try {
      await onSave(phase.id, next === '' ? null : Number(next));
      setState('saved');
    } catch {
      setState('failed');
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="journey-emotion-field">
      <label htmlFor={id} className="visually-hidden">
        {t('journey.emotion.label', { phase: phase.name })}
      </label>
      <select
        id={id}
        value={pending ?? stored}
        onChange={(event) => void choose(event.target.value)}
      >
        <option value="">{t('journey.emotion.none')}</option>
        {scale.map((score) => (
          <option key={score} value={score}>
            {t(`journey.emotion.scale.${score}`)}
          </option>
        ))}
      </select>
      <SaveIndicator state={state} />
    </div>
  );
}
