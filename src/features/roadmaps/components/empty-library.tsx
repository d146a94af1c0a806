import { useTranslation } from '../../../components/ui/translation';

export function EmptyLibrary() {
  const { t } = useTranslation();
  return (
    <section className="empty-library" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title" className="visually-hidden">
        {t('app.tagline')}
      </h2>
      <p className="lead">{t('library.intro')}</p>
      <p>{t('library.introMore')}</p>
    </section>
  );
}
