import { useEffect } from 'react';
import { CapturedValues } from '@/components/CapturedValues';
import { Checklist } from '@/components/Checklist';
import { FillTonicdm } from '@/components/FillTonicdm';
import { Notices } from '@/components/Notices';
import { PanelFooter } from '@/components/PanelFooter';
import { connectPanelStore } from '@/components/panelStore';

export function App() {
  useEffect(() => connectPanelStore(), []);
  return (
    <main className="panel">
      <header>
        <h1>TonicDM Entra setup</h1>
        <p className="muted">Register TonicDM's Office 365 app in Microsoft Entra and hand its values to TonicDM.</p>
      </header>
      <Notices />
      <CapturedValues />
      <FillTonicdm />
      <Checklist />
      <PanelFooter />
    </main>
  );
}
