import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { OptionsForm } from '@/components/OptionsForm';
import { applyDocumentLanguage } from '@/utils/i18n/documentLanguage';
import '@/assets/panel.css';

applyDocumentLanguage(document, i18n.t('optionsPage.title'));
createRoot(document.getElementById('root')!).render(<OptionsForm />);
