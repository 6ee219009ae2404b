import './styles/theme.css';
import './styles/layout.css';
import './styles/common.css';
import './styles/home.css';
import './styles/help.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../shared/i18n';
import { savedLargeText } from '../shared/preferences';
import { App } from './app/App';
import { installAntdMobileRender } from './app/antd-render';
import { applyLargeText } from './app/large-text';
import { registerServiceWorker } from './app/service-worker';
import { workerResources } from './i18n';

// Before the first paint: the saved language and text size, so the page never flashes in the wrong one.
applyLargeText(savedLargeText());
initI18n(workerResources);
installAntdMobileRender();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
