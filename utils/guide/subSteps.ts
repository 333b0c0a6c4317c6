/**
 * The overlay's finer steps: each setup step from utils/steps.ts broken into the single clicks
 * or entries the admin makes, with the blade(s) on which the control lives and a one- or
 * two-line callout that says what to do and why.
 */
import {
  APP_NAME,
  REQUIRED_GRAPH_ROLES,
  SECRET_DESCRIPTION,
  type StepId,
} from '../steps';
import type { BladeKind } from '../portal/bladeKind';

export type RequiredGraphRole = (typeof REQUIRED_GRAPH_ROLES)[number];

/** Steps worked on the app registration's blades; the enterprise app has its own family. */
export type AppStepId = 'copy-ids' | 'api-permissions' | 'admin-consent' | 'client-secret';

export type SubStepId =
  | 'register.new-registration'
  | 'register.name'
  | 'register.single-tenant'
  | 'register.submit'
  | `${AppStepId}.app`
  | 'copy-ids.open'
  | 'copy-ids.values'
  | 'api-permissions.open'
  | 'api-permissions.add'
  | 'api-permissions.graph'
  | 'api-permissions.application'
  | 'api-permissions.filter'
  | `api-permissions.role.${RequiredGraphRole}`
  | 'api-permissions.submit'
  | 'admin-consent.open'
  | 'admin-consent.grant'
  | 'admin-consent.keep-other'
  | 'admin-consent.continue'
  | 'admin-consent.confirm'
  | 'client-secret.open'
  | 'client-secret.tab'
  | 'client-secret.new'
  | 'client-secret.description'
  | 'client-secret.expires'
  | 'client-secret.add'
  | 'client-secret.value'
  | 'assignment-required.search'
  | 'assignment-required.filter'
  | 'assignment-required.app'
  | 'assignment-required.properties'
  | 'assignment-required.yes'
  | 'assignment-required.save'
  | 'assign-users.search'
  | 'assign-users.filter'
  | 'assign-users.app'
  | 'assign-users.open'
  | 'assign-users.add'
  | 'assign-users.pick'
  | 'assign-users.assign';

export interface SubStep {
  id: SubStepId;
  stepId: StepId;
  /** Blades on which the control is looked for. */
  blades: readonly BladeKind[];
  callout: string;
  /** Text the overlay can offer to type; locators may override it (the app's name, a role name). */
  typeText?: string;
}

const APP_BLADES: readonly BladeKind[] = ['app-overview', 'app-api-permissions', 'app-credentials'];
const otherAppBlades = (except: BladeKind): BladeKind[] => APP_BLADES.filter((b) => b !== except);

const ROLE_WHY: Record<RequiredGraphRole, string> = {
  'MailboxSettings.ReadWrite': 'TonicDM reads and sets mailbox settings such as time zone and automatic replies.',
  'Mail.ReadWrite': 'TonicDM files and updates the messages it manages.',
  'User.Read.All': 'TonicDM looks up the users whose mailboxes it serves.',
};

/**
 * The Enterprise apps list shows apps registered in the portal under its default filter, but
 * long lists render only some rows: the search box (name or client ID) finds the app. Only if a
 * search for it shows nothing does the filter come into question (apps created by PowerShell
 * or Graph are hidden by it).
 */
const findInEnterpriseList = (stepId: 'assignment-required' | 'assign-users'): SubStep[] => [
  {
    id: `${stepId}.search`,
    stepId,
    blades: ['enterprise-list'],
    callout: `Search for "${APP_NAME}", or paste its client ID.\nLong lists show only some apps at first.`,
    typeText: APP_NAME,
  },
  {
    id: `${stepId}.filter`,
    stepId,
    blades: ['enterprise-list'],
    callout: 'Remove the "Application type == Enterprise Applications" filter, then search again.\nThe search finds no app under it.',
  },
];

const openApp = (stepId: AppStepId): SubStep => ({
  id: `${stepId}.app`,
  stepId,
  blades: ['app-list'],
  callout: `Open "${APP_NAME}".\nThe next step is on the app's own pages.`,
});

export const SUB_STEPS: readonly SubStep[] = [
  {
    id: 'register.new-registration',
    stepId: 'register',
    blades: ['app-list'],
    callout: 'Click "New registration".\nTonicDM needs its own app registration in your tenant.',
  },
  {
    id: 'register.name',
    stepId: 'register',
    blades: ['app-create'],
    callout: `Name the app "${APP_NAME}".\nThe same name finds it again under Enterprise applications.`,
    typeText: APP_NAME,
  },
  {
    id: 'register.single-tenant',
    stepId: 'register',
    blades: ['app-create'],
    callout: 'Choose "Single tenant only".\nTonicDM works in your tenant only. (Older portals: "Accounts in this organizational directory only".)',
  },
  {
    id: 'register.submit',
    stepId: 'register',
    blades: ['app-create'],
    callout: 'Click "Register". Leave Redirect URI empty.\nTonicDM signs in as the app itself, without a redirect.',
  },
  openApp('copy-ids'),
  {
    id: 'copy-ids.open',
    stepId: 'copy-ids',
    blades: otherAppBlades('app-overview'),
    callout: 'Open "Overview".\nThe assistant reads the client and tenant IDs there.',
  },
  {
    id: 'copy-ids.values',
    stepId: 'copy-ids',
    blades: ['app-overview'],
    callout: 'These are the Application (client) ID and Directory (tenant) ID.\nThe assistant captures both; the Object ID is not needed.',
  },
  openApp('api-permissions'),
  {
    id: 'api-permissions.open',
    stepId: 'api-permissions',
    blades: otherAppBlades('app-api-permissions'),
    callout: 'Open "API permissions".\nTonicDM needs three Microsoft Graph application permissions.',
  },
  {
    id: 'api-permissions.add',
    stepId: 'api-permissions',
    blades: ['app-api-permissions'],
    callout: 'Click "Add a permission".\nNothing is saved until you press "Add permissions" at the end.',
  },
  {
    id: 'api-permissions.graph',
    stepId: 'api-permissions',
    blades: ['app-api-permissions'],
    callout: 'Choose "Microsoft Graph".\nMail and user data are reached through Graph.',
  },
  {
    id: 'api-permissions.application',
    stepId: 'api-permissions',
    blades: ['app-api-permissions'],
    callout: 'Choose "Application permissions", not Delegated.\nTonicDM runs as a service without a signed-in user.',
  },
  {
    id: 'api-permissions.filter',
    stepId: 'api-permissions',
    blades: ['app-api-permissions'],
    callout: 'Type the permission name to find it.\nThe list is long; filtering shows the right group.',
  },
  ...REQUIRED_GRAPH_ROLES.map(
    (role): SubStep => ({
      id: `api-permissions.role.${role}`,
      stepId: 'api-permissions',
      blades: ['app-api-permissions'],
      callout: `Tick ${role}.\n${ROLE_WHY[role]}`,
      typeText: role,
    }),
  ),
  {
    id: 'api-permissions.submit',
    stepId: 'api-permissions',
    blades: ['app-api-permissions'],
    callout: `Click "Add permissions".\nThis saves ${REQUIRED_GRAPH_ROLES.join(', ')} on the app.`,
  },
  openApp('admin-consent'),
  {
    id: 'admin-consent.open',
    stepId: 'admin-consent',
    blades: otherAppBlades('app-api-permissions'),
    callout: 'Open "API permissions".\nThe permissions still need admin consent.',
  },
  {
    id: 'admin-consent.grant',
    stepId: 'admin-consent',
    blades: ['app-api-permissions'],
    callout: 'Click "Grant admin consent for …".\nApplication permissions work only after an administrator consents.',
  },
  {
    id: 'admin-consent.keep-other',
    stepId: 'admin-consent',
    blades: ['app-api-permissions'],
    callout: 'Choose "Yes, add other granted permissions to configured permissions".\nYour tenant already granted this app more; No would revoke what may be in use.',
  },
  {
    id: 'admin-consent.continue',
    stepId: 'admin-consent',
    blades: ['app-api-permissions'],
    callout: 'Click "Save and continue".\nThe consent confirmation comes next.',
  },
  {
    id: 'admin-consent.confirm',
    stepId: 'admin-consent',
    blades: ['app-api-permissions'],
    callout: 'Click "Yes" to confirm.\nEach permission then shows "Granted for" your organisation.',
  },
  openApp('client-secret'),
  {
    id: 'client-secret.open',
    stepId: 'client-secret',
    blades: otherAppBlades('app-credentials'),
    callout: 'Open "Certificates & secrets".\nTonicDM signs in with a client secret.',
  },
  {
    id: 'client-secret.tab',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: 'Open the "Client secrets" tab.',
  },
  {
    id: 'client-secret.new',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: 'Click "New client secret".\nIts Value is shown only once, right after you add it.',
  },
  {
    id: 'client-secret.description',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: `Describe it as "${SECRET_DESCRIPTION}".\nThe description tells this secret apart later.`,
    typeText: SECRET_DESCRIPTION,
  },
  {
    id: 'client-secret.expires',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: 'Set Expires to "730 days (24 months)".\nThe longest lifetime means the fewest renewals in TonicDM.',
  },
  {
    id: 'client-secret.add',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: 'Click "Add".\nStay on this page afterwards: the Value is shown only once.',
  },
  {
    id: 'client-secret.value',
    stepId: 'client-secret',
    blades: ['app-credentials'],
    callout: 'This is the secret Value (not the Secret ID).\nThe assistant captures it now; it is masked once you leave.',
  },
  ...findInEnterpriseList('assignment-required'),
  {
    id: 'assignment-required.app',
    stepId: 'assignment-required',
    blades: ['enterprise-list'],
    callout: `Open "${APP_NAME}".\nIts enterprise app decides who may sign in to it.`,
  },
  {
    id: 'assignment-required.properties',
    stepId: 'assignment-required',
    blades: ['enterprise-overview', 'enterprise-users'],
    callout: 'Open "Properties".\n"Assignment required?" is set there.',
  },
  {
    id: 'assignment-required.yes',
    stepId: 'assignment-required',
    blades: ['enterprise-properties'],
    callout: 'Set "Assignment required?" to Yes.\nOnly assigned users and groups can then sign in to the app.',
  },
  {
    id: 'assignment-required.save',
    stepId: 'assignment-required',
    blades: ['enterprise-properties'],
    callout: 'Click "Save".\nThe change is not applied until it is saved.',
  },
  ...findInEnterpriseList('assign-users'),
  {
    id: 'assign-users.app',
    stepId: 'assign-users',
    blades: ['enterprise-list'],
    callout: `Open "${APP_NAME}" to assign its users.`,
  },
  {
    id: 'assign-users.open',
    stepId: 'assign-users',
    blades: ['enterprise-overview', 'enterprise-properties'],
    callout: 'Open "Users and groups".\nAssign the people who use TonicDM.',
  },
  {
    id: 'assign-users.add',
    stepId: 'assign-users',
    blades: ['enterprise-users'],
    callout: 'Click "Add user/group".\nThis limits who can sign in to the app, not which mailboxes it reaches.',
  },
  {
    id: 'assign-users.pick',
    stepId: 'assign-users',
    blades: ['enterprise-users'],
    callout: 'Pick the users or groups who use TonicDM, then Select.',
  },
  {
    id: 'assign-users.assign',
    stepId: 'assign-users',
    blades: ['enterprise-users'],
    callout: 'Click "Assign".',
  },
];

/** What some pointers say instead of their sub-step's callout; `{role}` is a Graph permission. */
export const CALLOUT_VARIANTS = {
  expandGroup: 'Expand this group, then tick {role}.',
  filterFor: 'Type {role} to find it.\nThen tick it in the list.',
  capturedValue: 'The assistant has captured this Value and its expiry.\nIt is masked once you leave this page; nothing more to do here.',
} as const;

export type CalloutVariant = keyof typeof CALLOUT_VARIANTS;

const BY_ID = new Map<SubStepId, SubStep>(SUB_STEPS.map((s) => [s.id, s]));

export function subStepById(id: SubStepId): SubStep {
  const subStep = BY_ID.get(id);
  if (!subStep) throw new Error(`unknown sub-step ${id}`);
  return subStep;
}

export function isSubStepId(value: unknown): value is SubStepId {
  return typeof value === 'string' && BY_ID.has(value as SubStepId);
}
