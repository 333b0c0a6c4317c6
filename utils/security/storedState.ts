/**
 * Reads of `storage.local` are validated, never trusted. On Firefox any content script can
 * write local storage (and on Chrome could, before the background first closed it), so what
 * comes back may be malformed, oversized, or shaped to mislead. Each record is checked on its
 * own and what fails is dropped (logged), so one bad entry never takes the rest down with it.
 *
 * Integrity-critical formats are strict: GUIDs for every ID, ISO dates, https origins. Other
 * fields are bounded. Unknown fields pass through untouched, so a field added elsewhere keeps
 * working; add its format here when it matters. Only the background and extension pages use
 * this module (zod stays out of page scripts).
 */
// zod's tree-shakable build: the side panel and options pages load this too, and stay small.
import { z } from 'zod/mini';
import { RENEWAL_STEP_IDS, STEP_IDS } from '../steps';
import type { RenewalRecord } from '../renewal/renewalRecord';
import { EMPTY_SETUP, type AppRecord, type Notice, type SetupState, type ValueOffer } from '../setup/setupState';
import type { Options } from '../storage';
import { validExtraOrigins } from '../tonicdm/parseExtraOrigin';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const guid = z.string().check(z.regex(GUID));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = (max: number) => z.string().check(z.maxLength(max));
const time = z.number().check(z.nonnegative());
const optional = z.optional;

const doneMark = z.looseObject({ at: time, source: text(20), by: optional(text(200)) });
/** Step id → mark; marks for unknown step ids are dropped by `readDone`. */
const doneMap = z.record(text(40), z.unknown());

const appRecord = z.looseObject({
  clientId: guid,
  tenantId: optional(guid),
  objectId: optional(guid),
  displayName: optional(text(256)),
  singleTenant: optional(z.boolean()),
  expiry: optional(z.looseObject({ iso: isoDate, text: optional(text(200)), ambiguous: optional(z.boolean()) })),
  expiryChoice: optional(z.object({ text: text(200), candidates: z.array(isoDate).check(z.minLength(2), z.maxLength(3)) })),
  tenantConfirmed: optional(z.literal('graph')),
  secretMaskedOnPage: optional(z.boolean()),
  servicePrincipalId: optional(guid),
  servicePrincipalFrom: optional(z.enum(['page', 'graph'])),
  enteredByHand: optional(z.object({ clientId: optional(guid), tenantId: optional(guid), expiry: optional(isoDate) })),
  archived: optional(z.object({ at: time, reason: text(40) })),
  tenantName: optional(text(256)),
  // Identity only: a hint longer than Graph's three characters could be a Value written by a page.
  credential: optional(z.object({ keyId: optional(guid), hint: optional(text(3)), description: optional(text(200)) })),
  graph: optional(
    z.looseObject({
      checkedAt: time,
      checkedBy: optional(text(200)),
      objectId: optional(guid),
      servicePrincipalId: optional(guid),
      configuredRoles: optional(z.array(text(60)).check(z.maxLength(10))),
      grantedRoles: optional(z.array(text(60)).check(z.maxLength(10))),
      assignmentRequired: optional(z.boolean()),
      assignees: optional(z.array(z.object({ id: guid, type: z.enum(['User', 'Group']), name: text(300) })).check(z.maxLength(200))),
      assigneeCount: optional(time),
    }),
  ),
  done: doneMap,
});

/** A secret named without its Value: a hint longer than Graph's three characters could be a Value written by a page. */
const renewalSecret = z.object({ keyId: optional(guid), hint: optional(text(3)), description: optional(text(200)), expiryIso: optional(isoDate) });

const renewal = z.object({
  startedAt: time,
  startedBy: z.enum(['panel', 'page']),
  old: renewalSecret,
  next: optional(z.object({ keyId: optional(guid), hint: optional(text(3)), description: optional(text(200)), expiryIso: optional(isoDate), capturedAt: time })),
  done: doneMap,
  completedAt: optional(time),
});

const notice = z.looseObject({
  id: text(80),
  severity: z.enum(['error', 'warning', 'info']),
  message: text(600),
  fix: optional(text(600)),
  appId: optional(guid),
  switchTo: optional(guid),
  at: time,
});

const offer = z.object({
  id: text(120),
  appId: guid,
  field: z.literal('tenantId'),
  value: guid,
  blade: text(80),
  at: time,
});

export const DEFAULT_OPTIONS: Options = {
  secretIdleMinutes: 30,
  extraTonicdmOrigins: [],
  graphClientId: '',
  graphAuthority: 'https://login.microsoftonline.com/organizations',
};

export interface ValidationReport {
  /** Paths of the entries that were dropped or replaced by defaults. */
  dropped: string[];
}

function readDone(raw: unknown, path: string, report: ValidationReport, ids: readonly string[] = STEP_IDS): AppRecord['done'] {
  const done: AppRecord['done'] = {};
  const parsed = doneMap.safeParse(raw);
  if (!parsed.success) {
    report.dropped.push(path);
    return done;
  }
  for (const [step, mark] of Object.entries(parsed.data)) {
    const ok = doneMark.safeParse(mark);
    if (ids.includes(step) && ok.success) done[step as keyof AppRecord['done']] = ok.data as never;
    else report.dropped.push(`${path}.${step}`);
  }
  return done;
}

function readRenewal(raw: unknown, path: string, report: ValidationReport): RenewalRecord | undefined {
  if (raw === undefined) return undefined;
  const parsed = renewal.safeParse(raw);
  if (!parsed.success) {
    report.dropped.push(path);
    return undefined;
  }
  return { ...(parsed.data as RenewalRecord), done: readDone(parsed.data.done, `${path}.done`, report, RENEWAL_STEP_IDS) as RenewalRecord['done'] };
}

/** The setup state as stored, with every malformed part dropped. */
export function parseStoredSetup(raw: unknown, report: ValidationReport = { dropped: [] }): SetupState {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) report.dropped.push('setup');
    return EMPTY_SETUP;
  }
  const input = raw as Record<string, unknown>;
  const apps: Record<string, AppRecord> = {};
  const rawApps = input.apps && typeof input.apps === 'object' && !Array.isArray(input.apps) ? (input.apps as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(rawApps).slice(0, 50)) {
    // A malformed renewal costs the renewal only, not the setup.
    const { renewal: rawRenewal, ...rest } = value && typeof value === 'object' ? (value as Record<string, unknown>) : { renewal: undefined };
    const parsed = appRecord.safeParse(value && typeof value === 'object' ? rest : value);
    // The key is the client ID: a record filed under another app's key is not that app's.
    if (!parsed.success || parsed.data.clientId !== key) {
      report.dropped.push(`apps.${key.slice(0, 40)}`);
      continue;
    }
    const app: AppRecord = { ...(parsed.data as AppRecord), done: readDone(parsed.data.done, `apps.${key}.done`, report) };
    const checked = readRenewal(rawRenewal, `apps.${key}.renewal`, report);
    apps[key] = checked ? { ...app, renewal: checked } : app;
  }
  for (const key of ['notices', 'offers'] as const) if (input[key] !== undefined && !Array.isArray(input[key])) report.dropped.push(key);
  const notices: Notice[] = [];
  for (const item of Array.isArray(input.notices) ? input.notices.slice(0, 50) : []) {
    const parsed = notice.safeParse(item);
    if (parsed.success) notices.push(parsed.data as Notice);
    else report.dropped.push('notices[]');
  }
  const offers: ValueOffer[] = [];
  for (const item of Array.isArray(input.offers) ? input.offers.slice(0, 20) : []) {
    const parsed = offer.safeParse(item);
    if (parsed.success && apps[parsed.data.appId]) offers.push(parsed.data);
    else report.dropped.push('offers[]');
  }
  const active = typeof input.activeAppId === 'string' && apps[input.activeAppId] ? input.activeAppId : undefined;
  if (input.activeAppId !== undefined && !active) report.dropped.push('activeAppId');
  return {
    version: 1,
    ...(active ? { activeAppId: active } : {}),
    apps,
    pendingDone: readDone(input.pendingDone ?? {}, 'pendingDone', report),
    notices,
    ...(offers.length > 0 ? { offers } : {}),
  };
}

/** Microsoft's sign-in hosts (public, US government, China): a stored authority elsewhere would be a phishing page. */
const GRAPH_AUTHORITY = /^https:\/\/(login\.microsoftonline\.(com|us)|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn)\/[A-Za-z0-9._-]{1,100}\/?$/;

/** Whether an authority would be kept when the options are read back (Options checks it before saving). */
export function isGraphAuthority(value: string): boolean {
  return GRAPH_AUTHORITY.test(value);
}

/** The secret idle timeout Options allows, in minutes: longer would keep the secret past a working session. */
export const SECRET_IDLE_MINUTES = { min: 1, max: 240 } as const;

/** The options as stored, each field checked; a field that fails falls back to its default. */
export function parseStoredOptions(raw: unknown, report: ValidationReport = { dropped: [] }): Options {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const options: Options = { ...DEFAULT_OPTIONS, extraTonicdmOrigins: [] };
  const minutes = input.secretIdleMinutes;
  if (typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= SECRET_IDLE_MINUTES.min && minutes <= SECRET_IDLE_MINUTES.max) options.secretIdleMinutes = minutes;
  else if (minutes !== undefined) report.dropped.push('secretIdleMinutes');
  if (input.extraTonicdmOrigins !== undefined) {
    // One rule for extra origins, shared with Options and the fill: format, forbidden hosts, duplicates, the cap.
    options.extraTonicdmOrigins = validExtraOrigins(input.extraTonicdmOrigins);
    const stored = Array.isArray(input.extraTonicdmOrigins) ? input.extraTonicdmOrigins : [];
    if (!Array.isArray(input.extraTonicdmOrigins)) report.dropped.push('extraTonicdmOrigins');
    else if (stored.some((entry) => !options.extraTonicdmOrigins.includes(entry as string))) report.dropped.push('extraTonicdmOrigins[]');
  }
  const clientId = input.graphClientId;
  if (typeof clientId === 'string' && (clientId === '' || GUID.test(clientId.toLowerCase()))) options.graphClientId = clientId;
  else if (clientId !== undefined) report.dropped.push('graphClientId');
  const authority = input.graphAuthority;
  if (typeof authority === 'string' && GRAPH_AUTHORITY.test(authority)) options.graphAuthority = authority;
  else if (authority !== undefined) report.dropped.push('graphAuthority');
  // Fields added elsewhere keep their stored value; they are validated where they are used.
  for (const [key, value] of Object.entries(input)) if (!(key in options)) (options as unknown as Record<string, unknown>)[key] = value;
  return options;
}

export function parseStoredFlag(raw: unknown): boolean {
  return raw === true;
}
