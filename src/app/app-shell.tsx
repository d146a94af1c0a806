import { Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../components/ui/translation';
import { Link, Outlet } from 'react-router';
import { releaseFirstPaintWhenSettled } from './first-paint';
import { HeaderSlotContext } from './header-slot';
import { LanguageSwitch } from './language-switch';
import { SaveStatus } from './save-status';

export interface AppShellProps {
  updatePrompt?: ReactNode;
}

/** Rendered beside the page, inside its Suspense boundary: it runs once the page is drawn. */
function FirstPaintRelease() {
  // The first page is drawn (not a fallback while its code loads): it replaces the prerendered
  // frame before the browser paints, once it has what it was loading.
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    if (root) releaseFirstPaintWhenSettled(root);
  }, []);
  return null;
}

/** The frame every page shares: the header with the brand, the save status and the language. */
export function AppShell({ updatePrompt }: AppShellProps) {
  const { t } = useTranslation();
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  return (
    <HeaderSlotContext value={slot}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand" aria-label={`${t('app.name')} – ${t('app.library')}`}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <div className="header-slot" ref={setSlot} />
        <SaveStatus />
        <LanguageSwitch />
      </header>
      {updatePrompt}
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<p className="loading" aria-busy="true" />}>
          <FirstPaintRelease />
          <Outlet />
        </Suspense>
      </main>
    </HeaderSlotContext>
  );
}
