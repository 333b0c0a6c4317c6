/**
 * Options as typed, checked field by field by the same rules that apply when they are read back
 * (utils/security/storedState.ts): a value saved here is never silently replaced later. Each
 * problem is one sentence for the field it belongs to.
 */
import { i18n } from '#i18n';
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

const MIN = String(SECRET_IDLE_MINUTES.min);
const MAX = String(SECRET_IDLE_MINUTES.max);
const MAX_HOURS = String(SECRET_IDLE_MINUTES.max / 60);

/** Every word this module shows. */
export const STRINGS = {
  idleRange: i18n.t('validateOptions.idleRange', [MIN, MAX, MAX_HOURS]),
  idleEmpty: i18n.t('validateOptions.idleEmpty', [MIN, MAX]),
  idleWhole: i18n.t('validateOptions.idleWhole', [MIN, MAX]),
  idleTooLong: i18n.t('validateOptions.idleTooLong', [MAX, MAX_HOURS]),
  idleTooShort: i18n.t('validateOptions.idleTooShort', SECRET_IDLE_MINUTES.min),
  originFormat: (line: string) => i18n.t('validateOptions.originFormat', [line]),
  originForbidden: (line: string) => i18n.t('validateOptions.originForbidden', [line]),
  tooManyOrigins: i18n.t('validateOptions.tooManyOrigins', [String(MAX_EXTRA_ORIGINS)]),
  clientId: i18n.t('validateOptions.clientId'),
  authorityUrl: i18n.t('validateOptions.authorityUrl', [DEFAULT_GRAPH_AUTHORITY]),
  authorityHost: (host: string) => i18n.t('validateOptions.authorityHost', [host, MICROSOFT_SIGN_IN_HOSTS[0], MICROSOFT_SIGN_IN_HOSTS.slice(1).join(', ')]),
  authorityPath: i18n.t('validateOptions.authorityPath'),
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
