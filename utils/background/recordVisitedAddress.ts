/**
 * Portal tab addresses name the enterprise application's object ID on its blades; the setup
 * keeps it for links straight to Properties and Users and groups (utils/setup/servicePrincipal.ts).
 */
import { bladeKindOf } from '../portal/bladeKind';
import { parsePortalUrl } from '../portal/parsePortalUrl';
import { applyVisitedAddress } from '../setup/servicePrincipal';
import { updateSetup } from './setupStore';

export async function recordVisitedAddress(tabUrl: string | undefined): Promise<void> {
  const location = parsePortalUrl(tabUrl);
  // Most addresses name no enterprise app: leave storage alone for them.
  if (!location?.objectId || !bladeKindOf(location)?.startsWith('enterprise-')) return;
  await updateSetup((state) => applyVisitedAddress(state, location));
}
