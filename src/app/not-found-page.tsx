import { useTranslation } from '../components/ui/translation';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <h1>{t('app.notFound')}</h1>
      <Link to="/" className="button button-primary">
        {t('app.backToLibrary')}
      </Link>
    </section>
  );
}
