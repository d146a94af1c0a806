import { Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { releaseFirstPaint } from './first-paint';
import { HeaderSlotContext } from './header-slot';
import { LanguageSwitch } from './language-switch';
import { SaveStatus } from './save-status';

export interface AppShellProps {
  updatePrompt?: ReactNode;
  /** The page; the route's own by default. Left empty while the first route's code loads. */
  page?: ReactNode;
}

/** The frame every page shares: the header with the brand, the save status and the language. */
export function AppShell({ updatePrompt, page = <Outlet /> }: AppShellProps) {
  const { t } = useTranslation();
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  // The first page is drawn (not the frame shown while its code loads): it replaces the
  // prerendered frame before the browser paints.
  const isPage = page !== null;
  useLayoutEffect(() => {
    if (isPage) releaseFirstPaint();
  }, [isPage]);
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
        <Suspense fallback={<p className="loading" aria-busy="true" />}>{page}</Suspense>
      </main>
    </HeaderSlotContext>
  );
}
