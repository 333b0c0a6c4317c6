/**
 * Options as typed, checked field by field by the same rules that apply when they are read back
 * (utils/security/storedState.ts): a value saved here is never silently replaced later. Each
 * problem is one sentence for the field it belongs to.
 */
import { isGuid } from '@/utils/values/guid';
import { isGraphAuthority, SECRET_IDLE_MINUTES } from '@/utils/security/storedState';
import { checkExtraOrigin, MAX_EXTRA_ORIGINS } from '@/utils/tonicdm/parseExtraOrigin';
import { DEFAULT_GRAPH_AUTHORITY } from '@/utils/auth/graphAuthConfig';

export type OptionsField = 'secretIdleMinutes' | 'extraOrigins' | 'graphClientId' | 'graphAuthority';

export interface OptionsInput {
  secretIdleMinutes: string;
  extraOrigins: string;
  graphClientId: string;
  graphAuthority: string;
}

export interface ValidOptions {
  secretIdleMinutes: number;
  extraOrigins: string[];
  graphClientId: string;
  graphAuthority: string;
}

/** Microsoft's sign-in hosts: the public cloud, US government, and the two China addresses. */
export const MICROSOFT_SIGN_IN_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'] as const;

/** Every word this module shows. */
export const STRINGS = {
  idleRange: `From ${SECRET_IDLE_MINUTES.min} to ${SECRET_IDLE_MINUTES.max} minutes (${SECRET_IDLE_MINUTES.max / 60} hours).`,
  idleEmpty: `Enter a number of minutes from ${SECRET_IDLE_MINUTES.min} to ${SECRET_IDLE_MINUTES.max}.`,
  idleWhole: `Enter whole minutes, from ${SECRET_IDLE_MINUTES.min} to ${SECRET_IDLE_MINUTES.max}.`,
  idleTooLong: `The limit is ${SECRET_IDLE_MINUTES.max} minutes (${SECRET_IDLE_MINUTES.max / 60} hours): a secret kept longer outlives the work it is needed for.`,
  idleTooShort: `Enter at least ${SECRET_IDLE_MINUTES.min} minute.`,
  originFormat: (line: string) => `${line} is not an https origin (like https://eu.example.com, with nothing after the host).`,
  originForbidden: (line: string) => `${line} is a Microsoft, Azure portal or shared-hosting address, which can never be TonicDM.`,
  tooManyOrigins: `At most ${MAX_EXTRA_ORIGINS} extra origins.`,
  clientId: 'An Application (client) ID looks like 1b4c0f3e-8a2d-4f6b-9c1e-2d3f4a5b6c7d: copy it from the sign-in app\'s Overview.',
  authorityUrl: `Enter an https address, like ${DEFAULT_GRAPH_AUTHORITY}.`,
  authorityHost: (host: string) => `${host} is not a Microsoft sign-in host. Use ${MICROSOFT_SIGN_IN_HOSTS[0]} (national clouds: ${MICROSOFT_SIGN_IN_HOSTS.slice(1).join(', ')}).`,
  authorityPath: 'After the host comes one part only: /organizations, or /<your tenant ID> for a sign-in app of your own tenant.',
} as const;

export type OptionsCheck = { ok: true; values: ValidOptions } | { ok: false; errors: Partial<Record<OptionsField, string>> };

export function checkIdleMinutes(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return STRINGS.idleEmpty;
  const minutes = Number(trimmed);
  if (!Number.isFinite(minutes) || !Number.isInteger(minutes)) return STRINGS.idleWhole;
  if (minutes > SECRET_IDLE_MINUTES.max) return STRINGS.idleTooLong;
  if (minutes < SECRET_IDLE_MINUTES.min) return STRINGS.idleTooShort;
  return undefined;
}

/** One problem per offending line; app.tonicdm.com itself is accepted and dropped (it needs no entry). */
export function checkExtraOrigins(text: string): { origins: string[]; error?: string } {
  const lines = text.split(/\s+/).filter(Boolean);
  const problems: string[] = [];
  const origins: string[] = [];
  for (const line of lines) {
    const check = checkExtraOrigin(line);
    if (check.ok) {
      if (!origins.includes(check.origin)) origins.push(check.origin);
    } else if (check.problem === 'format') problems.push(STRINGS.originFormat(line));
    else if (check.problem === 'forbidden') problems.push(STRINGS.originForbidden(line));
  }
  if (problems.length > 0) return { origins, error: problems.join(' ') };
  if (origins.length > MAX_EXTRA_ORIGINS) return { origins, error: STRINGS.tooManyOrigins };
  return { origins };
}

export function checkGraphClientId(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed && !isGuid(trimmed) ? STRINGS.clientId : undefined;
}

/** The authority as it will be saved: trimmed, its host in lower case (as the browser writes it). */
export function normaliseAuthority(text: string): string {
  const trimmed = text.trim();
  if (!URL.canParse(trimmed)) return trimmed;
  const url = new URL(trimmed);
  return url.search || url.hash || url.username || url.password || url.port ? trimmed : `${url.protocol}//${url.hostname}${url.pathname}`;
}

export function checkGraphAuthority(text: string): string | undefined {
  const value = normaliseAuthority(text);
  if (!value) return undefined;
  if (!URL.canParse(value)) return STRINGS.authorityUrl;
  const url = new URL(value);
  if (url.protocol !== 'https:') return STRINGS.authorityUrl;
  if (!(MICROSOFT_SIGN_IN_HOSTS as readonly string[]).includes(url.hostname) || url.port || url.username || url.password) return STRINGS.authorityHost(url.host);
  return isGraphAuthority(value) ? undefined : STRINGS.authorityPath;
}

export function validateOptions(input: OptionsInput): OptionsCheck {
  const origins = checkExtraOrigins(input.extraOrigins);
  const errors: Partial<Record<OptionsField, string>> = {
    secretIdleMinutes: checkIdleMinutes(input.secretIdleMinutes),
    extraOrigins: origins.error,
    graphClientId: checkGraphClientId(input.graphClientId),
    graphAuthority: checkGraphAuthority(input.graphAuthority),
  };
  for (const key of Object.keys(errors) as OptionsField[]) if (!errors[key]) delete errors[key];
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    values: {
      secretIdleMinutes: Number(input.secretIdleMinutes.trim()),
      extraOrigins: origins.origins,
      graphClientId: input.graphClientId.trim(),
      graphAuthority: normaliseAuthority(input.graphAuthority) || DEFAULT_GRAPH_AUTHORITY,
    },
  };
}
