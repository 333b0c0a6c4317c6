/**
 * What every frame of a portal tab is told: the blade the TOP document shows. Frames on
 * reactblade/hosting hosts cannot read the top address (cross-origin), and their own URLs do
 * not name the blade, so the background derives it from the tab URL it alone can see. The
 * setup the tab follows is the tab's own (utils/setup/tabSetup.ts): a tab in another tenant than
 * the active setup's is guided by that tenant's setup, never by the active one's checklist.
 */
import type { FrameContext } from '../messaging/protocol';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import type { SetupState } from '../setup/setupState';
import { setupIdForTab } from '../setup/tabSetup';
import { renewalGuideContext } from '../renewal/renewalGuideContext';
import { APP_NAME } from '../steps';

export function frameContextFor(tabUrl: string | undefined, state: SetupState, guideHidden: boolean, now: number = Date.now()): FrameContext {
  const location = parsePortalUrl(tabUrl);
  const blade = bladeKindOf(location);
  const setupId = setupIdForTab(state, location);
  const setup = setupId ? state.apps[setupId] : undefined;
  // Steps ticked before any app belong to the setup that starts next: only a tab of the active setup's work shows them.
  const done = setup ? Object.keys(setup.done) : setupId === state.activeAppId ? Object.keys(state.pendingDone) : [];
  // The renewal is guided on the renewal's own app only.
  const renewal = blade === 'app-credentials' && location?.appId === setup?.clientId ? renewalGuideContext(setup, now) : undefined;
  return {
    type: 'context',
    inFlow: blade !== undefined,
    blade,
    appId: location?.appId,
    activeAppId: setupId,
    appName: setup?.displayName ?? APP_NAME,
    doneSteps: done,
    guideHidden,
    ...(renewal ? { renewal } : {}),
  };
}
