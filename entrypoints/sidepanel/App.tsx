import { useEffect } from 'react';
import { CapturedValues } from '@/components/CapturedValues';
import { Checklist } from '@/components/Checklist';
import { CurrentStep } from '@/components/CurrentStep';
import { FillTonicdm } from '@/components/FillTonicdm';
import { Notices } from '@/components/Notices';
import { GuideHiddenBar } from '@/components/GuideHiddenBar';
import { CantSeeStep } from '@/components/CantSeeStep';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { PanelFooter } from '@/components/PanelFooter';
import { ProgressHeader } from '@/components/ProgressHeader';
import { RenewalDue } from '@/components/RenewalDue';
import { RenewalChecklist, RENEWAL_CHECKLIST_TEXT } from '@/components/RenewalChecklist';
import { SetupsList } from '@/components/SetupsList';
import { SetupRecord } from '@/components/SetupRecord';
import { connectPanelStore } from '@/components/panelStore';
import { GraphPanel } from '@/components/graph/GraphPanel';
import { useGraphStore } from '@/components/graph/graphStore';

/**
 * Which setup, a renewal that is due, then the current step and its notices, the values, every
 * step, and Graph.
 */
export function App() {
  useEffect(() => connectPanelStore(), []);
  const verification = useGraphStore((s) => s.annotations);
  return (
    <>
      <ProgressHeader />
      <main className="panel">
        <GuideHiddenBar />
        <SetupsList />
        <CantSeeStep />
        <RenewalDue>
          <p>
            <a href="#renewal-checklist">{RENEWAL_CHECKLIST_TEXT.jump}</a>
          </p>
        </RenewalDue>
        <RenewalChecklist />
        <CurrentStep />
        <Notices />
        <CapturedValues>
          <FillTonicdm />
        </CapturedValues>
        <Checklist verification={verification} />
        <GraphPanel />
        <SetupRecord />
      </main>
      <PanelFooter />
      <LiveAnnouncer />
    </>
  );
}
