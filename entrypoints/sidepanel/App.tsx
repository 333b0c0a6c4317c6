import { useEffect } from 'react';
import { CapturedValues } from '@/components/CapturedValues';
import { Checklist } from '@/components/Checklist';
import { FillTonicdm } from '@/components/FillTonicdm';
import { Notices } from '@/components/Notices';
import { GuideHiddenBar } from '@/components/GuideHiddenBar';
import { CantSeeStep } from '@/components/CantSeeStep';
import { PanelFooter } from '@/components/PanelFooter';
import { RenewalDue } from '@/components/RenewalDue';
import { RenewalChecklist, RENEWAL_CHECKLIST_TEXT } from '@/components/RenewalChecklist';
import { SetupsList } from '@/components/SetupsList';
import { SetupRecord } from '@/components/SetupRecord';
import { connectPanelStore } from '@/components/panelStore';
import { GraphPanel } from '@/components/graph/GraphPanel';
import { useGraphStore } from '@/components/graph/graphStore';

export function App() {
  useEffect(() => connectPanelStore(), []);
  const verification = useGraphStore((s) => s.annotations);
  return (
    <main className="panel">
      <header>
        <h1>TonicDM Entra setup</h1>
        <p className="muted">Register TonicDM's Office 365 app in Microsoft Entra and hand its values to TonicDM.</p>
      </header>
      <GuideHiddenBar />
      <SetupsList />
      <CantSeeStep />
      <RenewalDue>
        <p>
          <a href="#renewal-checklist">{RENEWAL_CHECKLIST_TEXT.jump}</a>
        </p>
      </RenewalDue>
      <RenewalChecklist />
      <Notices />
      <CapturedValues />
      <FillTonicdm />
      <Checklist verification={verification} />
      <GraphPanel />
      <SetupRecord />
      <PanelFooter />
    </main>
  );
}
