import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TranslationProvider } from './components/ui/translation';
import { PhoneApp } from './features/live-room/phone/phone-app';
import { initPhoneI18n } from './features/live-room/phone/phone-i18n';
import './features/live-room/phone/phone.css';

// The phones' page: small, no database, no charts, no service worker (it runs over plain http).
await initPhoneI18n();

const root = document.getElementById('root');
if (!root) throw new Error('join.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <TranslationProvider>
      <PhoneApp />
    </TranslationProvider>
  </StrictMode>,
);
