import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerStageCatalogs } from './app/i18n/stage-catalogs';
import { UpdatePrompt } from './app/update-prompt';
import { installTypedTextCleaner } from './components/ui/typed-text';
import { initI18n } from './i18n/i18n';
import './styles/global.css';
import './components/ui/blocks.css';

registerStageCatalogs();
// Control characters pasted into any text field become spaces before the field reads them.
installTypedTextCleaner();
// The catalog for the user's language loads in parallel with the rest of the app's code.
await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <App updatePrompt={<UpdatePrompt />} />
  </StrictMode>,
);
