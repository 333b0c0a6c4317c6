import { createRoot } from 'react-dom/client';
import { OptionsForm } from '@/components/OptionsForm';
import '@/assets/panel.css';

createRoot(document.getElementById('root')!).render(<OptionsForm />);
