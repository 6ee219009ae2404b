import 'dayjs/locale/zh-cn'; // the date picker's week and month names in Chinese
import './console.css';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../shared/i18n';
import { App } from './App';
import { resources } from './i18n/resources';

initI18n(resources);
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
