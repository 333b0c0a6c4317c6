/**
 * API permissions blade: add the three Graph application permissions, then grant consent.
 *
 * Open work first, whatever step the checklist is on: the consent prompts (the admin already
 * clicked Grant), then the Request API permissions pane. Then the checklist's order: the blade
 * itself, or the left menu towards the step's own blade. The page is read as well as the
 * background's progress, so the guide moves on the moment the table changes.
 *
 * Ticking roles: rows of ticked roles vanish when the filter changes, so "ticked" cannot be
 * seen for roles out of view. The role the filter names is the one being worked on (its group
 * expanded, then ticked); once it shows ticked, the next role after it in order is filtered
 * for. Roles before it that are out of view are taken as ticked: asking for them again would
 * send the admin round in circles. Ticking out of order only costs an extra round (the table
 * then shows what is missing and the guide starts over with "Add a permission").
 */
import { REQUIRED_GRAPH_ROLES } from '../../steps';
import type { RequiredGraphRole } from '../subSteps';
import { firstPendingStep, APP_STEPS } from '../pendingStep';
import { foldPhraseText } from '../phrases';
import { findControl } from '../dom/findControl';
import { insideDialog } from '../read/dialogs';
import {
  allRequiredConfigured,
  allRequiredGranted,
  configuredApplicationRoles,
  readConfiguredPermissions,
  type ConfiguredPermission,
} from '../read/configuredPermissions';
import { findConsentConfirmation, readKeepOtherPermissionsPrompt } from '../read/consentPrompts';
import { readRequestPane, type RequestPane } from '../read/requestPane';
import { guideTarget } from '../guideTarget';
import { calloutVariant } from '../guideWords';
import type { GuideContext, GuideLocator, GuideTarget } from '../types';
import { appMenuTarget } from './appMenuTarget';

const OPEN = { rank: 'open' } as const;

function roleTarget(role: RequiredGraphRole, element: HTMLElement, ctx: GuideContext, callout?: string) {
  return guideTarget(`api-permissions.role.${role}`, element, ctx, callout ? { callout, ...OPEN } : OPEN);
}

function nextRoleOutOfView(pane: RequestPane, pending: readonly RequiredGraphRole[]): RequiredGraphRole | undefined {
  let lastTicked = -1;
  pending.forEach((role, index) => {
    if (pane.roles.get(role)?.ticked) lastTicked = index;
  });
  return pending.find((role, index) => index > lastTicked && !pane.roles.has(role));
}

/** The pending role the filter text names and the admin cannot see ticked, if any. */
function roleFilteredFor(pane: RequestPane, pending: readonly RequiredGraphRole[]): RequiredGraphRole | undefined {
  const filterValue = foldPhraseText(pane.filter?.value ?? '');
  if (filterValue.length === 0) return undefined;
  return pending.find((role) => foldPhraseText(role).includes(filterValue) && !pane.roles.get(role)?.ticked);
}

function paneTarget(pane: RequestPane, permissions: readonly ConfiguredPermission[], ctx: GuideContext): GuideTarget | undefined {
  if (pane.stage === 'apis') return guideTarget('api-permissions.graph', pane.graphTile, ctx, OPEN);
  const nothingToPickYet = pane.kind === 'unknown' && !pane.filter && pane.roles.size === 0;
  if (pane.kind === 'delegated' || pane.kind === 'none' || nothingToPickYet) {
    return guideTarget('api-permissions.application', pane.applicationButton, ctx, OPEN);
  }
  const configured = configuredApplicationRoles(permissions);
  const pending = REQUIRED_GRAPH_ROLES.filter((role) => !configured.has(role));
  if (pending.length === 0) return undefined;

  const unticked = pending.find((role) => pane.roles.get(role)?.ticked === false);
  if (unticked) return roleTarget(unticked, pane.roles.get(unticked)!.element, ctx);

  const groupOf = (role: RequiredGraphRole) => pane.collapsedGroup(role.split('.')[0] ?? role);
  const expand = (role: RequiredGraphRole, group: HTMLElement) =>
    roleTarget(role, group, ctx, calloutVariant('expandGroup', role));

  const filtered = roleFilteredFor(pane, pending);
  if (filtered) {
    const group = groupOf(filtered);
    // Otherwise its row is still rendering: the next pass will see it.
    return group ? expand(filtered, group) : undefined;
  }

  const next = nextRoleOutOfView(pane, pending);
  if (!next) return guideTarget('api-permissions.submit', pane.submit, ctx, OPEN);
  if (pane.filter) {
    return guideTarget('api-permissions.filter', pane.filter, ctx, {
      typeText: next,
      callout: calloutVariant('filterFor', next),
      ...OPEN,
    });
  }
  // Without a filter box, the groups are the only way to reach a role.
  const group = groupOf(next);
  return group ? expand(next, group) : undefined;
}

function consentPromptTarget(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  const prompt = readKeepOtherPermissionsPrompt(root);
  if (prompt) {
    if (prompt.keep && !prompt.keepChosen) return guideTarget('admin-consent.keep-other', prompt.keep, ctx, OPEN);
    return guideTarget('admin-consent.continue', prompt.continueButton, ctx, OPEN);
  }
  return guideTarget('admin-consent.confirm', findConsentConfirmation(root), ctx, OPEN);
}

export const locateApiPermissions: GuideLocator = (root, ctx) => {
  const done = ctx.doneSteps;
  if (!done.has('admin-consent')) {
    const prompt = consentPromptTarget(root, ctx);
    if (prompt) return prompt;
  }
  const permissions = readConfiguredPermissions(root);
  const configured = done.has('api-permissions') || allRequiredConfigured(permissions);
  const pane = readRequestPane(root);
  if (pane) return configured ? undefined : paneTarget(pane, permissions, ctx);

  const step = firstPendingStep(APP_STEPS, done);
  if (step === 'copy-ids' || step === 'client-secret') return appMenuTarget(root, step, ctx);
  if (step !== 'api-permissions' && step !== 'admin-consent') return undefined;
  if (!configured) {
    return guideTarget('api-permissions.add', findControl(root, 'addPermission', { exclude: insideDialog }), ctx);
  }
  if (done.has('admin-consent') || allRequiredGranted(permissions)) return undefined;
  return guideTarget('admin-consent.grant', findControl(root, 'grantAdminConsent'), ctx);
};
