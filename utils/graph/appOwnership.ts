/**
 * Whose app is it? Granting Microsoft Graph application permissions hands every mailbox to whoever
 * holds a credential of the app, and any member of a tenant may register an app under TonicDM's name.
 * So before anything is granted, added or changed, the assistant looks at who owns the app (and its
 * enterprise application) and which credentials it holds:
 *
 * - **yours**: the signed-in admin is its only owner, and every valid credential was created (or
 *   captured) with this assistant;
 * - **unowned**: no owners (another administrator or a script made it) and no credentials the
 *   assistant cannot vouch for;
 * - **risk**: anyone else owns it or its enterprise application, or it holds credentials the assistant
 *   did not create, or either could not be read. Using it needs the admin's separate confirmation.
 *
 * Pure assessment plus the reads it needs, so verification, the run's pre-flight check and any later
 * feature that touches the app's credentials (rotation, removal) judge ownership the same way.
 */
import { i18n } from '#i18n';
import { joinAnd, joinClauses, joinList } from '../i18n/lists';
import type { GraphCall, GraphTransport } from './graphTransport';
import type {
  DirectoryObjectInfo,
  DirectoryRole,
  FederatedCredentialInfo,
  GraphApplication,
  GraphCollection,
  GraphServicePrincipal,
  KeyCredentialInfo,
  PasswordCredentialInfo,
} from './graphTypes';

/** Credentials the assistant can vouch for. Holds no secret value. */
export interface KnownCredentials {
  /** keyIds of secrets this assistant added (its addPassword answers) or matched to the secret it holds. */
  keyIds: readonly string[];
  /** The secret the assistant holds: the app it belongs to and Graph's hint (its first three characters). */
  held?: { appId: string; hint: string };
  /**
   * A secret this assistant asked for whose answer was lost (a panel closed mid-rotation): on that app, a
   * secret of this name added since `since` is its own, though its keyId was never seen.
   */
  pending?: { appId: string; displayName: string; since: string };
}

export const NO_KNOWN_CREDENTIALS: KnownCredentials = { keyIds: [] };

export type OwnerKind = 'user' | 'servicePrincipal' | 'other';

export interface OwnerView {
  id: string;
  kind: OwnerKind;
  name: string;
  isYou: boolean;
  /** Directory roles of a user owner; undefined when they were not read. */
  adminRoles?: string[];
}

export type CredentialKind = 'secret' | 'certificate' | 'federated';

export interface CredentialView {
  id: string;
  kind: CredentialKind;
  /** On the app registration or on its enterprise application (service principal). */
  on: 'app' | 'enterprise-app';
  name: string | null;
  hint: string | null;
  addedOn: string | null;
  expiresOn: string | null;
  /** Created with this assistant (`created`) or the secret it holds (`held`). */
  known?: 'created' | 'held';
}

export type TrustLevel = 'yours' | 'unowned' | 'risk';

export interface AppTrust {
  level: TrustLevel;
  owners: OwnerView[];
  /** Owners of the enterprise application; undefined when it has none yet (or it was not read). */
  enterpriseAppOwners?: OwnerView[];
  /** Owners, of the app or its enterprise application, other than the signed-in admin. */
  foreignOwners: OwnerView[];
  /** Credentials that can still sign in (expired ones cannot). */
  credentials: CredentialView[];
  unknownCredentials: CredentialView[];
  expiredCredentials: number;
  /** Parts of the picture Graph did not return. */
  unreadable: string[];
  /** Plain-words clauses, e.g. "owned by Alex Wilber, who holds no admin role". */
  risks: string[];
  /** One sentence for the admin. */
  summary: string;
  /**
   * Owners and the ids of credentials the assistant cannot vouch for: a confirmation, or a choice
   * made in the panel, holds only while this is unchanged. The assistant's own credentials are left
   * out, so a secret it just added (which reads may not show yet) changes nothing.
   */
  fingerprint: string;
}

export interface OwnershipInput {
  /** Object id of the signed-in admin; undefined makes every owner foreign. */
  meId: string | undefined;
  /** The app as read with `$expand=owners`, plus its `federatedIdentityCredentials` (undefined: unreadable). */
  app: Pick<GraphApplication, 'appId' | 'owners' | 'passwordCredentials' | 'keyCredentials' | 'federatedIdentityCredentials'>;
  /** Its enterprise application as read with `$expand=owners`, when it has one. */
  servicePrincipal?: Pick<GraphServicePrincipal, 'owners' | 'passwordCredentials' | 'keyCredentials'>;
  /** Directory-role names of user owners, by object id (absent: not read). */
  ownerRoles?: ReadonlyMap<string, readonly string[]>;
  known: KnownCredentials;
  now: Date;
}

/** Browser and Entra clocks differ; a pending secret is looked for from this long before it was asked for. */
const PENDING_CLOCK_SLACK_MS = 15 * 60_000;

export function assessOwnership(input: OwnershipInput): AppTrust {
  const me = input.meId?.toLowerCase();
  const view = (owner: DirectoryObjectInfo): OwnerView => ownerView(owner, me, input.ownerRoles);
  const unreadableParts: UnreadablePart[] = [];
  if (!Array.isArray(input.app.owners)) unreadableParts.push('owners');
  if (!Array.isArray(input.app.federatedIdentityCredentials)) unreadableParts.push('federated');
  const owners = (input.app.owners ?? []).map(view);
  const sp = input.servicePrincipal;
  if (sp && !Array.isArray(sp.owners)) unreadableParts.push('sp-owners');
  const unreadable = unreadableParts.map(unreadableWords);
  const enterpriseAppOwners = sp ? (sp.owners ?? []).map(view) : undefined;

  const keyIds = new Set(input.known.keyIds.map((id) => id.toLowerCase()));
  const held = input.known.held;
  const heldHere = !!held && held.appId.toLowerCase() === input.app.appId.toLowerCase();
  const pending = input.known.pending;
  const pendingSince = pending && pending.appId.toLowerCase() === input.app.appId.toLowerCase() ? Date.parse(pending.since) - PENDING_CLOCK_SLACK_MS : Number.NaN;
  const isPending = (c: CredentialView) =>
    !Number.isNaN(pendingSince) && c.kind === 'secret' && c.on === 'app' && c.name === pending?.displayName && !!c.addedOn && Date.parse(c.addedOn) >= pendingSince;
  const all: CredentialView[] = [
    ...(input.app.passwordCredentials ?? []).map((c) => secretView(c, 'app')),
    ...(input.app.keyCredentials ?? []).map((c) => certificateView(c, 'app')),
    ...(input.app.federatedIdentityCredentials ?? []).map(federatedView),
    ...(sp?.passwordCredentials ?? []).map((c) => secretView(c, 'enterprise-app')),
    ...(sp?.keyCredentials ?? []).map((c) => certificateView(c, 'enterprise-app')),
  ].map((credential) => {
    if (keyIds.has(credential.id.toLowerCase())) return { ...credential, known: 'created' as const };
    if (heldHere && credential.kind === 'secret' && credential.on === 'app' && credential.hint === held.hint) return { ...credential, known: 'held' as const };
    if (isPending(credential)) return { ...credential, known: 'created' as const };
    return credential;
  });
  const now = input.now.getTime();
  const valid = all.filter((c) => !c.expiresOn || Number.isNaN(Date.parse(c.expiresOn)) || Date.parse(c.expiresOn) > now);
  const unknownCredentials = valid.filter((c) => !c.known);

  const foreignApp = owners.filter((o) => !o.isYou);
  const foreignSp = (enterpriseAppOwners ?? []).filter((o) => !o.isYou);
  const foreignOwners = dedupe([...foreignApp, ...foreignSp]);
  // Owners of the enterprise application who do not also own the app are named separately.
  const foreignSpOnly = foreignSp.filter((o) => !foreignApp.some((a) => a.id === o.id));
  const risks: string[] = [];
  if (foreignApp.length > 0) {
    const names = joinAnd(foreignApp.map(ownerPhrase));
    risks.push(owners.some((o) => o.isYou) ? i18n.t('appOwnership.alsoOwnedBy', [names]) : i18n.t('appOwnership.ownedBy', [names]));
  }
  if (foreignSpOnly.length > 0) {
    const names = joinAnd(foreignSpOnly.map(ownerPhrase));
    risks.push(
      enterpriseAppOwners?.some((o) => o.isYou) || foreignApp.length > 0 ? i18n.t('appOwnership.spAlsoOwnedBy', [names]) : i18n.t('appOwnership.spOwnedBy', [names]),
    );
  }
  const appUnknown = unknownCredentials.filter((c) => c.on === 'app');
  const spUnknown = unknownCredentials.filter((c) => c.on === 'enterprise-app');
  if (appUnknown.length > 0) risks.push(i18n.t('appOwnership.unknownOnApp', [countPhrase(appUnknown)]));
  if (spUnknown.length > 0) risks.push(i18n.t('appOwnership.unknownOnSp', [countPhrase(spUnknown)]));
  risks.push(...unreadable);

  const level: TrustLevel = risks.length > 0 ? 'risk' : owners.length === 0 ? 'unowned' : 'yours';
  const noCredentials = valid.length === 0;
  const summary =
    level === 'risk'
      ? capitalise(joinClauses(risks))
      : level === 'yours'
        ? noCredentials
          ? i18n.t('appOwnership.yoursNoCredentials')
          : i18n.t('appOwnership.yoursKnownCredentials')
        : noCredentials
          ? i18n.t('appOwnership.unownedNoCredentials')
          : i18n.t('appOwnership.unownedKnownCredentials');
  const fingerprint = [
    ...owners.map((o) => `o:${o.id}`),
    ...(enterpriseAppOwners ?? []).map((o) => `so:${o.id}`),
    ...unknownCredentials.map((c) => `${c.on === 'app' ? 'c' : 'sc'}:${c.id}`),
    // In English whatever the language shown, so a fingerprint never depends on it.
    ...unreadableParts.map((u) => `u:${UNREADABLE_FINGERPRINT[u]}`),
  ]
    .map((part) => part.toLowerCase())
    .sort()
    .join(' ');
  return {
    level,
    owners,
    ...(enterpriseAppOwners ? { enterpriseAppOwners } : {}),
    foreignOwners,
    credentials: valid,
    unknownCredentials,
    expiredCredentials: all.length - valid.length,
    unreadable,
    risks,
    summary,
    fingerprint,
  };
}

/** Whether Verify may record this app as the setup's app: nobody but the admin owns it and it could be read whole. */
export function mayRecordAsSetupApp(trust: AppTrust): boolean {
  return trust.foreignOwners.length === 0 && trust.unreadable.length === 0;
}

/** The user owners whose directory roles the risk wording needs. */
export function foreignUserOwnerIds(trusts: readonly AppTrust[], limit = 15): string[] {
  const ids = new Set<string>();
  for (const trust of trusts) for (const owner of trust.foreignOwners) if (owner.kind === 'user') ids.add(owner.id);
  return [...ids].slice(0, limit);
}

// --- Reads --------------------------------------------------------------------------------------

const SP_OWNERSHIP_SELECT = 'id,appId,displayName,appRoleAssignmentRequired,passwordCredentials,keyCredentials';

/** Apps matching `filter`, with their owners (one relationship per request, so credentials come separately). */
export function appsWithOwnersCall(filter: string): GraphCall {
  // No $select: web/spa/publicClient are sub-objects whose absence some directories report as an error.
  return { method: 'GET', path: '/applications', query: { $filter: filter, $expand: 'owners' } };
}

/** The same apps' federated identity credentials. */
export function appsWithFederatedCall(filter: string): GraphCall {
  return { method: 'GET', path: '/applications', query: { $filter: filter, $select: 'id', $expand: 'federatedIdentityCredentials($select=id,name,issuer,subject)' } };
}

export function servicePrincipalsWithOwnersCall(filter: string): GraphCall {
  return { method: 'GET', path: '/servicePrincipals', query: { $filter: filter, $select: SP_OWNERSHIP_SELECT, $expand: 'owners' } };
}

export function directoryRolesCall(userId: string): GraphCall {
  return { method: 'GET', path: `/users/${encodeURIComponent(userId)}/transitiveMemberOf/microsoft.graph.directoryRole`, query: { $select: 'id,displayName,roleTemplateId' } };
}

/** Puts each app's federated credentials (from appsWithFederatedCall) onto it; apps without an answer get none read. */
export function withFederatedCredentials(apps: readonly GraphApplication[], federated: readonly GraphApplication[] | undefined): GraphApplication[] {
  const byId = new Map((federated ?? []).map((app) => [app.id.toLowerCase(), app.federatedIdentityCredentials]));
  return apps.map((app) => {
    const credentials = byId.get(app.id.toLowerCase());
    const { federatedIdentityCredentials: _ignored, ...rest } = app;
    return Array.isArray(credentials) ? { ...rest, federatedIdentityCredentials: credentials } : rest;
  });
}

export function rolesFrom(body: GraphCollection<DirectoryRole> | undefined): string[] | undefined {
  return body?.value?.map((role) => role.displayName ?? role.roleTemplateId ?? role.id);
}

export interface OwnershipCheck {
  app?: GraphApplication;
  servicePrincipal?: GraphServicePrincipal;
  trust?: AppTrust;
}

/**
 * Reads one app's owners and credentials (and its enterprise application's) in one round, and
 * optionally the directory roles of foreign user owners in a second. For a change about to be made:
 * compare `trust.fingerprint` with what the admin saw.
 */
export async function checkOwnership(
  transport: GraphTransport,
  target: { appObjectId: string; appId: string },
  context: { meId: string | undefined; known: KnownCredentials; now: Date; withRoles?: boolean },
): Promise<OwnershipCheck> {
  const byId = `id eq '${target.appObjectId.replace(/'/g, "''")}'`;
  const [apps, federated, sps] = await transport.batch<GraphCollection<GraphApplication> & GraphCollection<GraphServicePrincipal>>([
    appsWithOwnersCall(byId),
    appsWithFederatedCall(byId),
    servicePrincipalsWithOwnersCall(`appId eq '${target.appId.replace(/'/g, "''")}'`),
  ]);
  if (!apps?.ok) throw apps?.error ?? new Error(i18n.t('appOwnership.appUnreadable'));
  const [app] = withFederatedCredentials((apps.body?.value ?? []) as GraphApplication[], federated?.ok ? ((federated.body?.value ?? []) as GraphApplication[]) : undefined);
  if (!app) return {};
  const servicePrincipal = sps?.ok ? ((sps.body?.value ?? [])[0] as GraphServicePrincipal | undefined) : undefined;
  const spUnreadable = sps?.ok === false;
  let trust = assessOwnership({
    meId: context.meId,
    app,
    ...(servicePrincipal ? { servicePrincipal } : spUnreadable ? { servicePrincipal: { owners: null } } : {}),
    known: context.known,
    now: context.now,
  });
  if (context.withRoles) {
    const ids = foreignUserOwnerIds([trust]);
    if (ids.length > 0) {
      const answers = await transport.batch<GraphCollection<DirectoryRole>>(ids.map(directoryRolesCall));
      const ownerRoles = new Map<string, string[]>();
      ids.forEach((id, index) => {
        const answer = answers[index];
        const roles = answer?.ok ? rolesFrom(answer.body) : undefined;
        if (roles) ownerRoles.set(id, roles);
      });
      trust = assessOwnership({ meId: context.meId, app, ...(servicePrincipal ? { servicePrincipal } : {}), ownerRoles, known: context.known, now: context.now });
    }
  }
  return { app, ...(servicePrincipal ? { servicePrincipal } : {}), trust };
}

// --- Wording ------------------------------------------------------------------------------------

function ownerView(owner: DirectoryObjectInfo, me: string | undefined, roles: OwnershipInput['ownerRoles']): OwnerView {
  const type = (owner['@odata.type'] ?? '').toLowerCase();
  const kind: OwnerKind = type.endsWith('.user') ? 'user' : type.endsWith('.serviceprincipal') ? 'servicePrincipal' : owner.appId ? 'servicePrincipal' : owner.userPrincipalName ? 'user' : 'other';
  const name = (owner.displayName || owner.userPrincipalName || owner.id).slice(0, 120);
  const adminRoles = roles?.get(owner.id);
  return {
    id: owner.id,
    kind,
    name,
    isYou: kind === 'user' && me !== undefined && owner.id.toLowerCase() === me,
    ...(adminRoles ? { adminRoles: [...adminRoles] } : {}),
  };
}

export function ownerPhrase(owner: OwnerView): string {
  if (owner.isYou) return i18n.t('appOwnership.you');
  if (owner.kind === 'servicePrincipal') return i18n.t('appOwnership.servicePrincipal', [owner.name]);
  if (owner.kind === 'other') return i18n.t('appOwnership.other', [owner.name]);
  if (!owner.adminRoles) return owner.name;
  return owner.adminRoles.length === 0 ? i18n.t('appOwnership.noAdminRole', [owner.name]) : i18n.t('appOwnership.withRoles', [owner.name, joinList(owner.adminRoles)]);
}

const KIND_WORDS: Record<CredentialKind, (count: number) => string> = {
  secret: (count) => i18n.t('appOwnership.secrets', count),
  certificate: (count) => i18n.t('appOwnership.certificates', count),
  federated: (count) => i18n.t('appOwnership.federated', count),
};

function countPhrase(credentials: readonly CredentialView[]): string {
  const parts = (Object.keys(KIND_WORDS) as CredentialKind[]).flatMap((kind) => {
    const count = credentials.filter((c) => c.kind === kind).length;
    return count === 0 ? [] : [KIND_WORDS[kind](count)];
  });
  return joinAnd(parts);
}

/** What of an app could not be read. */
type UnreadablePart = 'owners' | 'federated' | 'sp-owners';

function unreadableWords(part: UnreadablePart): string {
  switch (part) {
    case 'owners':
      return i18n.t('appOwnership.ownersUnreadable');
    case 'federated':
      return i18n.t('appOwnership.federatedUnreadable');
    case 'sp-owners':
      return i18n.t('appOwnership.spOwnersUnreadable');
  }
}

const UNREADABLE_FINGERPRINT: Record<UnreadablePart, string> = {
  owners: 'its owners could not be read',
  federated: 'its federated credentials could not be read',
  'sp-owners': "its enterprise application's owners could not be read",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dedupe(owners: OwnerView[]): OwnerView[] {
  const seen = new Set<string>();
  return owners.filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true)));
}

function secretView(c: PasswordCredentialInfo, on: CredentialView['on']): CredentialView {
  return { id: c.keyId, kind: 'secret', on, name: c.displayName ?? null, hint: c.hint ?? null, addedOn: c.startDateTime ?? null, expiresOn: c.endDateTime ?? null };
}

function certificateView(c: KeyCredentialInfo, on: CredentialView['on']): CredentialView {
  return { id: c.keyId, kind: 'certificate', on, name: c.displayName ?? null, hint: null, addedOn: c.startDateTime ?? null, expiresOn: c.endDateTime ?? null };
}

function federatedView(c: FederatedCredentialInfo): CredentialView {
  return { id: c.id, kind: 'federated', on: 'app', name: c.name ?? c.subject ?? null, hint: null, addedOn: null, expiresOn: null };
}
