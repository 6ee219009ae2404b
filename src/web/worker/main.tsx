import './styles/theme.css';
import './styles/layout.css';
import './styles/common.css';
import './styles/home.css';
import './styles/help.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../shared/i18n';
import { savedLanguage, savedLargeText } from '../shared/preferences';
import { App } from './app/App';
import { applyLargeText } from './app/large-text';
import { watchOutbox } from './app/outbox-watch';
import { registerServiceWorker } from './app/service-worker';
import { loadLanguage, workerResources } from './i18n';

// Before the first paint: the saved language and text size, so the page never flashes in the wrong one.
applyLargeText(savedLargeText());
initI18n(workerResources);

const render = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// English is a separate chunk; if it cannot be fetched (offline before the first install), open in Chinese
// rather than not at all: the helplines must always show.
void loadLanguage(savedLanguage())
  .catch(() => undefined)
  .then(render);

registerServiceWorker();
watchOutbox();
