import { useEffect, useState } from 'react';
import { useTranslation } from '../../../components/ui/translation';
import { Link } from 'react-router';
import { hasLiveRoom, onRevealResults } from '../../../lib/reveal-results';
import { stageNumber, type StageSlug } from '../../../lib/stages';
import { SlideImageButton } from './slide-image-button';
import { WorkshopTimer } from './workshop-timer';

export interface PresentingBarProps {
  roadmapId: string;
  stage: StageSlug;
  previousPath: string | null;
  nextPath: string | null;
  onStop: () => void;
}

/**
 * The one strip of controls presenting mode keeps: where the room is, the timer large, the way to
 * the previous and next stage, and out. Room results (`data-room-results` on a stage's panel) stay
 * covered until the facilitator reveals them, so the first voices do not anchor the rest.
 */
export function PresentingBar({
  roadmapId,
  stage,
  previousPath,
  nextPath,
  onStop,
}: PresentingBarProps) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<ReadonlySet<StageSlug>>(new Set());
  const [hasRoomResults, setHasRoomResults] = useState(false);
  const [liveRoom, setLiveRoom] = useState(false);
  const isRevealed = revealed.has(stage);
  const number = stageNumber(stage);

  // Whether this stage shows room results at all: its panel may render after the bar.
  useEffect(() => {
    const check = () => {
      setHasRoomResults(document.querySelector('[data-room-results]') !== null);
      setLiveRoom(hasLiveRoom());
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-live-room'],
    });
    const first = setTimeout(check, 0);
    return () => {
      observer.disconnect();
      clearTimeout(first);
    };
  }, [stage]);

  // A live room's Reveal results uncovers the stage too: one gesture, one button on the screen.
  useEffect(
    () => onRevealResults(() => setRevealed((current) => new Set(current).add(stage))),
    [stage],
  );

  useEffect(() => {
    if (isRevealed) return;
    document.documentElement.classList.add('presenting-results-hidden');
    return () => document.documentElement.classList.remove('presenting-results-hidden');
  }, [isRevealed]);

  return (
    <div className="workshop-presenting-bar" role="toolbar" aria-label={t('workshop.present.bar')}>
      <p className="workshop-presenting-where">
        {number !== null ? (
          <span className="workshop-presenting-number">
            {t('workshop.present.stageOf', { number })}
          </span>
        ) : null}
      </p>
      <WorkshopTimer roadmapId={roadmapId} stage={stage} large />
      {hasRoomResults && !isRevealed && !liveRoom ? (
        <button
          type="button"
          className="button button-light"
          onClick={() => setRevealed((current) => new Set(current).add(stage))}
        >
          {t('workshop.present.reveal')}
        </button>
      ) : null}
      <nav className="workshop-presenting-nav" aria-label={t('workshop.present.nav')}>
        {previousPath ? (
          <Link className="button" to={{ pathname: previousPath, search: '?present' }} rel="prev">
            <span aria-hidden="true">←</span>
            <span className="visually-hidden">{t('workshop.present.previous')}</span>
          </Link>
        ) : null}
        {nextPath ? (
          <Link className="button" to={{ pathname: nextPath, search: '?present' }} rel="next">
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">{t('workshop.present.next')}</span>
          </Link>
        ) : null}
      </nav>
      <SlideImageButton stage={stage} />
      <button type="button" className="button" onClick={onStop}>
        {t('workshop.present.stop')}
      </button>
    </div>
  );
}
