/**
 * The enterprise app's blades (Overview, Properties, Users and groups): "Assignment required?"
 * to Yes and saved, then at least one assignment; from the other blades, the left menu item.
 * An assignment pane the admin has open is guided first, whatever step the checklist is on.
 */
import { firstPendingStep, ENTERPRISE_STEPS } from '../pendingStep';
import { findControl } from '../dom/findControl';
import { isDisabled } from '../dom/controlState';
import { findMenuItem } from '../read/appMenu';
import { readAssignmentRequired } from '../read/assignmentRequired';
import { assignmentRows } from '../read/userAssignments';
import { guideTarget } from '../guideTarget';
import type { GuideContext, GuideLocator, GuideTarget } from '../types';

function propertiesTarget(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  const setting = readAssignmentRequired(root);
  if (!setting) return undefined;
  if (setting.value !== true) return guideTarget('assignment-required.yes', setting.yes, ctx);
  if (setting.saveEnabled) return guideTarget('assignment-required.save', setting.save, ctx);
  return undefined;
}

/** The Add Assignment pane or the user picker, when open. */
function assignmentPaneTarget(root: Document | ShadowRoot, ctx: GuideContext): GuideTarget | undefined {
  const open = { rank: 'open' } as const;
  const select = findControl(root, 'select');
  if (select) return guideTarget('assign-users.pick', select, ctx, open);
  const noneSelected = findControl(root, 'noneSelected');
  if (noneSelected) return guideTarget('assign-users.pick', noneSelected, ctx, open);
  const assign = findControl(root, 'assign');
  if (assign && !isDisabled(assign)) return guideTarget('assign-users.assign', assign, ctx, open);
  return undefined;
}

export const locateEnterpriseApp: GuideLocator = (root, ctx) => {
  const step = firstPendingStep(ENTERPRISE_STEPS, ctx.doneSteps);
  if (ctx.blade === 'enterprise-users' && step) {
    const pane = assignmentPaneTarget(root, ctx);
    if (pane) return pane;
  }
  const menu = { rank: 'menu' } as const;
  if (step === 'assignment-required') {
    if (ctx.blade === 'enterprise-properties') return propertiesTarget(root, ctx);
    return guideTarget('assignment-required.properties', findMenuItem(root, 'properties', ['Properties']), ctx, menu);
  }
  if (step === 'assign-users') {
    if (ctx.blade !== 'enterprise-users') return guideTarget('assign-users.open', findMenuItem(root, 'usersAndGroups', ['Users', 'UsersAndGroups']), ctx, menu);
    if (assignmentRows(root).length > 0) return undefined;
    return guideTarget('assign-users.add', findControl(root, 'addUserGroup'), ctx);
  }
  return undefined;
};
