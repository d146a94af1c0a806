import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import type { StageSlug } from '../../../lib/stages';

/** One preference for every stage: once the team has read an intro, all stay folded. */
const storageKey = 'rotta.intro-collapsed';
/** Earlier releases remembered the fold per stage, as `rotta.intro-collapsed.<stage>`. */
const perStagePrefix = `${storageKey}.`;

function readStored(): boolean {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored !== null) return stored === '1';
    return Object.keys(localStorage).some(
      (key) => key.startsWith(perStagePrefix) && localStorage.getItem(key) === '1',
    );
  } catch {
    return false;
  }
}

// The preference as a small store, so the next stage's intro follows the moment the last one is
// left, in the same paint.
let collapsed: boolean | null = null;
const listeners = new Set<() => void>();

function isCollapsed(): boolean {
  collapsed ??= readStored();
  return collapsed;
}

function remember(value: boolean) {
  if (collapsed === value) return;
  collapsed = value;
  try {
    localStorage.setItem(storageKey, value ? '1' : '0');
  } catch {
    // Remembering the fold is a nicety; without storage the intro simply opens next time.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What the stage is for and its tips: open for a new team, folded on every stage once read
 * (folded, or shown open and left), and opened again with one click.
 */
export function StageIntro({ stage }: { stage: StageSlug }) {
  const { t } = useTranslation();
  const isOpen = !useSyncExternalStore(subscribe, isCollapsed, () => false);
  // Shown open for a moment and then left for another page: read. (A mount undone at once, as
  // React's strict mode does, has read nothing.) A layout effect, so the next stage's intro is
  // folded before it is painted.
  useLayoutEffect(() => {
    if (!isOpen) return;
    const openedAt = Date.now();
    const markRead = () => {
      if (Date.now() - openedAt > 1000) remember(true);
    };
    // Leaving by a reload or an address typed in counts too.
    window.addEventListener('pagehide', markRead);
    return () => {
      window.removeEventListener('pagehide', markRead);
      markRead();
    };
  }, [isOpen]);
  const tips = t(`stageGuide.${stage}.tips`, { returnObjects: true }) as readonly string[];
  return (
    <details
      className="stage-intro"
      open={isOpen}
      onToggle={(event) => remember(!event.currentTarget.open)}
    >
      <summary>{t('stage.aboutThisStage')}</summary>
      <p className="lead">{t(`stageGuide.${stage}.purpose`)}</p>
      <h2 className="tips-heading">{t('stage.tipsHeading')}</h2>
      <ul className="tips">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </details>
  );
}
