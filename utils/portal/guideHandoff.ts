/**
 * The guide script is injected (by the background, on request) into frames that show a blade of
 * the setup flow, and hands its feature to the always-loaded capture script through this
 * isolated-world global. Content scripts of one extension share that world; the page does not.
 */
import type { FrameFeature } from './runPortalFrame';

const KEY = '__tonicdmGuideFeature';

type GuideFactory = (send: (message: unknown) => void) => FrameFeature;

export function offerGuideFeature(factory: GuideFactory): void {
  (globalThis as Record<string, unknown>)[KEY] = factory;
}

export function takeGuideFeature(): GuideFactory | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as GuideFactory | undefined;
}
