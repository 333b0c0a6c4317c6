/**
 * The guide of one frame across blade families. A frame is given the family script of the blade
 * it shows; when the portal navigates the same document to another family's blade (the shell
 * document does, and classic blades live there), the missing family is fetched once and the
 * frame switches to it. One family is active at a time; the others are stopped.
 */
import type { BladeKind } from '../portal/bladeKind';
import type { FrameContext } from '../messaging/protocol';
import type { FrameFeature } from '../portal/runPortalFrame';
import { takeGuideFeature } from '../portal/guideHandoff';
import type { GuideFamily } from '../guide/guideFamilies';
import type { GuideIo } from './guideFeature';
import { GUIDE_ATTRIBUTES } from './watchPageActivity';

/** What a family script offers besides the frame factory the capture script takes. */
export interface FamilyOffer {
  family: GuideFamily;
  blades: readonly BladeKind[];
  create(io: GuideIo): FrameFeature;
}

/** The family a guide script offered (only the extension's scripts share this isolated world). */
function familyOfOffer(value: unknown): FamilyOffer | undefined {
  return (value as { family?: FamilyOffer } | undefined)?.family;
}

export function createGuideFrame(io: GuideIo, own: FamilyOffer): FrameFeature {
  const loaded = [{ offer: own, feature: own.create(io) }];
  let active: FrameFeature | undefined;
  let last: { context: FrameContext; root: Document } | undefined;
  // The blade a family was last fetched for: a fetch that brought nothing is not repeated until the blade changes.
  let fetchedFor: BladeKind | undefined;

  function activate(feature: FrameFeature | undefined) {
    if (feature === active) return;
    active?.stop();
    active = feature;
  }

  async function load(blade: BladeKind) {
    fetchedFor = blade;
    // The background injects the family of the blade the tab shows now.
    await io.request({ type: 'portal/load-guide' });
    const offer = familyOfOffer(takeGuideFeature());
    if (offer && !loaded.some((l) => l.offer.family === offer.family)) loaded.push({ offer, feature: offer.create(io) });
    if (last) update(last.context, last.root);
  }

  function update(context: FrameContext, root: Document) {
    last = { context, root };
    const blade = context.blade;
    const feature = blade && loaded.find((l) => l.offer.blades.includes(blade))?.feature;
    activate(feature);
    if (feature) feature.update(context, root);
    else if (blade && fetchedFor !== blade && context.inFlow) void load(blade);
  }

  return {
    update,
    stop() {
      last = undefined;
      activate(undefined);
    },
    attributes: GUIDE_ATTRIBUTES,
  };
}
