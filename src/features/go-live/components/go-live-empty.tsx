import { useTranslation } from '../../../components/ui/translation';
import { SampleRoadmapLink } from '../../roadmaps';

export interface GoLiveEmptyProps {
  onStart: () => void;
}

/** Nothing planned yet: what the stage will show, and one clear way to start. */
export function GoLiveEmpty({ onStart }: GoLiveEmptyProps) {
  const { t } = useTranslation();
  return (
    <section className="go-live-panel go-live-empty" aria-labelledby="go-live-empty-title">
      <h2 id="go-live-empty-title">{t('goLive.empty.title')}</h2>
      <p>{t('goLive.empty.body')}</p>
      <ol className="empty-steps">
        <li>{t('goLive.empty.step1')}</li>
        <li>{t('goLive.empty.step2')}</li>
        <li>{t('goLive.empty.step3')}</li>
      </ol>
      <button type="button" className="button button-primary" onClick={onStart}>
        {t('goLive.empty.start')}
      </button>
      <p>
        <SampleRoadmapLink stage="go-live" />{' '}
        <span className="muted">{t('goLive.empty.sampleHint')}</span>
      </p>
    </section>
  );
}
