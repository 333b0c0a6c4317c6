import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { pageLanguage } from '@/utils/i18n/pageLanguage';
import { uiLocale } from '@/utils/i18n/dates';
import { App } from './App';
import '@/assets/panel.css';

document.documentElement.lang = pageLanguage(i18n.t('sidepanel.language'), uiLocale());
document.title = i18n.t('sidepanel.title');

createRoot(document.getElementById('root')!).render(<App />);
