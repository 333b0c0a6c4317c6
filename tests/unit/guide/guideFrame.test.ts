/** A frame's guide across blade families: the missing family is fetched once, one family runs at a time. */
import { describe, expect, it, vi } from 'vitest';
import { createGuideFrame, type FamilyOffer } from '../../../utils/overlay/guideFrame';
import { offerGuideFeature } from '../../../utils/portal/guideHandoff';
import type { GuideIo } from '../../../utils/overlay/guideFeature';
import type { FrameContext } from '../../../utils/messaging/protocol';
import type { BladeKind } from '../../../utils/portal/bladeKind';

function family(name: FamilyOffer['family'], blades: BladeKind[]) {
  const feature = { update: vi.fn(), stop: vi.fn() };
  const offer: FamilyOffer = { family: name, blades, create: vi.fn(() => feature) };
  return { offer, feature };
}

const ctx = (blade: BladeKind): FrameContext => ({ type: 'context', inFlow: true, blade, appName: 'x', doneSteps: [], guideHidden: false });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createGuideFrame', () => {
  it('fetches another family for a blade it does not cover, once, and switches between them', async () => {
    const app = family('app', ['app-list', 'app-overview']);
    const permissions = family('permissions', ['app-api-permissions']);
    const requests: string[] = [];
    const io = {
      send: vi.fn(),
      async request(message: { type: string }) {
        requests.push(message.type);
        // The background injects the family's script, which offers itself.
        offerGuideFeature(Object.assign(() => permissions.feature, { family: permissions.offer }));
        return true;
      },
      onTurn: vi.fn(),
      isTop: true,
    } as unknown as GuideIo;
    const frame = createGuideFrame(io, app.offer);
    frame.update(ctx('app-overview'), document);
    expect(app.feature.update).toHaveBeenCalledTimes(1);
    frame.update(ctx('app-api-permissions'), document);
    await settle();
    expect(requests).toEqual(['portal/load-guide']);
    expect(app.feature.stop).toHaveBeenCalledTimes(1);
    expect(permissions.offer.create).toHaveBeenCalledWith(io);
    expect(permissions.feature.update).toHaveBeenCalled();
    // Back and forth: no more fetching.
    frame.update(ctx('app-list'), document);
    frame.update(ctx('app-api-permissions'), document);
    await settle();
    expect(requests).toEqual(['portal/load-guide']);
    expect(permissions.feature.stop).toHaveBeenCalledTimes(1);
    frame.stop();
  });

  it('does not fetch again for a blade a fetch did not cover', async () => {
    const app = family('app', ['app-list']);
    const request = vi.fn(async () => undefined);
    const frame = createGuideFrame({ send: vi.fn(), request, onTurn: vi.fn(), isTop: false }, app.offer);
    offerGuideFeature(() => app.feature);
    frame.update(ctx('enterprise-list'), document);
    await settle();
    frame.update(ctx('enterprise-list'), document);
    await settle();
    expect(request).toHaveBeenCalledTimes(1);
  });
});
