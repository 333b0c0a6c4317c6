/**
 * What every frame of a portal tab is told: the blade the TOP document shows. Frames on
 * reactblade/hosting hosts cannot read the top address (cross-origin), and their own URLs do
 * not name the blade, so the background derives it from the tab URL it alone can see.
 */
import type { FrameContext } from '../messaging/protocol';
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { doneSteps, type SetupState } from '../setup/setupState';
import { APP_NAME } from '../steps';

export function frameContextFor(tabUrl: string | undefined, state: SetupState, guideHidden: boolean): FrameContext {
  const location = parsePortalUrl(tabUrl);
  const blade = bladeKindOf(location);
  const active = state.activeAppId ? state.apps[state.activeAppId] : undefined;
  return {
    type: 'context',
    inFlow: blade !== undefined,
    blade,
    appId: location?.appId,
    activeAppId: state.activeAppId,
    appName: active?.displayName ?? APP_NAME,
    doneSteps: [...doneSteps(state)],
    guideHidden,
  };
}
