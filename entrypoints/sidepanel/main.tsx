import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { App } from './App';
import { applyDocumentLanguage } from '@/utils/i18n/documentLanguage';
import '@/assets/panel.css';

applyDocumentLanguage(document, i18n.t('sidepanel.title'));

createRoot(document.getElementById('root')!).render(<App />);
