import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyDocumentLanguage } from '@/utils/i18n/documentLanguage';
import '@/assets/panel.css';

applyDocumentLanguage(document);
createRoot(document.getElementById('root')!).render(<App />);
