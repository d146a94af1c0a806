import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageSlug } from '../../../lib/stages';

const storageKey = (stage: StageSlug) => `rotta.intro-collapsed.${stage}`;

function readCollapsed(stage: StageSlug): boolean {
  try {
    return localStorage.getItem(storageKey(stage)) === '1';
  } catch {
    return false;
  }
}

/** What the stage is for and its tips; once read it can be folded away, and stays folded. */
export function StageIntro({ stage }: { stage: StageSlug }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(() => !readCollapsed(stage));
  const tips = t(`stages.${stage}.tips`, { returnObjects: true }) as readonly string[];
  return (
    <details
      className="stage-intro"
      open={isOpen}
      onToggle={(event) => {
        const open = event.currentTarget.open;
        setOpen(open);
        try {
          localStorage.setItem(storageKey(stage), open ? '0' : '1');
        } catch {
          // Remembering the fold is a nicety; without storage it simply reopens next time.
        }
      }}
    >
      <summary>{t('stage.aboutThisStage')}</summary>
      <p className="lead">{t(`stages.${stage}.purpose`)}</p>
      <h2 className="tips-heading">{t('stage.tipsHeading')}</h2>
      <ul className="tips">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </details>
  );
}
