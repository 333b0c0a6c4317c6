/**
 * Microsoft Graph failures, classified once so that the retry loop, the batch helper and the
 * side panel agree on what a response means and what to tell the admin.
 */
import { i18n } from '#i18n';

export type GraphErrorKind =
  | 'forbidden'
  | 'unauthorized'
  | 'throttled'
  | 'replication'
  | 'not-found'
  | 'duplicate'
  | 'password-policy'
  | 'conflict'
  | 'bad-request'
  | 'server'
  | 'network';

export interface GraphErrorInit {
  status: number;
  code: string;
  message: string;
  method?: string;
  path?: string;
  requestId?: string;
  /** Seconds or an HTTP date, as sent by Graph on 429/503/504. */
  retryAfter?: string | null;
}

export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly status: number;
  readonly code: string;
  readonly kind: GraphErrorKind;
  /** One line for the admin: what this means and what to do. */
  readonly explanation: string;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: string | undefined;

  constructor(init: GraphErrorInit) {
    super(init.message || init.code || `HTTP ${init.status}`);
    this.status = init.status;
    this.code = init.code;
    this.method = init.method;
    this.path = init.path;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter ?? undefined;
    this.kind = classifyGraphError(init);
    this.explanation = explainGraphError(this.kind, init);
  }

  /** Serialisable form for results, progress events and messages (never holds request bodies). */
  toJSON(): GraphErrorSummary {
    return {
      status: this.status,
      code: this.code,
      kind: this.kind,
      message: this.message,
      explanation: this.explanation,
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }
}

export interface GraphErrorSummary {
  status: number;
  code: string;
  kind: GraphErrorKind;
  message: string;
  explanation: string;
  requestId?: string;
}

const NO_BACKING_APP = /NoBackingApplicationObject|does not reference a valid application object/i;
// Graph's wording is misleading: the app *is* local, it just has not replicated to the replica that served the call.
const BACKING_APP_LOCAL_TENANT = /backing application.*local tenant/i;
const INVALID_REFERENCE_UPDATE = /Not a valid reference update/i;
const DUPLICATE_ASSIGNMENT = /Permission being assigned already exists/i;
// The exact policy error text is undocumented; these cover the known code and the policy's vocabulary.
const PASSWORD_POLICY = /AsPerAppPolicy|as per assigned policy|lifetime|passwordCredentialConfiguration|app management policy/i;
const PASSWORDS_BLOCKED = /CredentialTypeNotAllowed|addition is not allowed/i;

export function classifyGraphError(init: Pick<GraphErrorInit, 'status' | 'code' | 'message' | 'method' | 'path'>): GraphErrorKind {
  const text = `${init.code} ${init.message}`;
  const { status } = init;
  if (status === 0) return 'network';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 400 && DUPLICATE_ASSIGNMENT.test(text)) return 'duplicate';
  if (status === 400 && (NO_BACKING_APP.test(text) || INVALID_REFERENCE_UPDATE.test(text))) return 'replication';
  if (status === 403 && BACKING_APP_LOCAL_TENANT.test(text)) return 'replication';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if ((status === 400 || status === 403) && PASSWORD_POLICY.test(text) && /addPassword|passwordCredential/i.test(`${init.path ?? ''} ${text}`)) {
    return 'password-policy';
  }
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status >= 500) return 'server';
  return 'bad-request';
}

function explainGraphError(kind: GraphErrorKind, init: GraphErrorInit): string {
  switch (kind) {
    case 'forbidden':
      return i18n.t('graphError.forbidden');
    case 'unauthorized':
      return i18n.t('graphError.unauthorized');
    case 'throttled':
      return i18n.t('graphError.throttled');
    case 'replication':
      return i18n.t('graphError.replication');
    case 'not-found':
      return i18n.t('graphError.notFound');
    case 'duplicate':
      return i18n.t('graphError.duplicate');
    case 'password-policy':
      if (PASSWORDS_BLOCKED.test(`${init.code} ${init.message}`)) {
        return i18n.t('graphError.passwordsBlocked');
      }
      return i18n.t('graphError.passwordLifetime');
    case 'conflict':
      return i18n.t('graphError.conflict');
    case 'server':
      return i18n.t('graphError.server');
    case 'network':
      return i18n.t('graphError.network');
    case 'bad-request':
      return i18n.t('graphError.badRequest', [init.code || `HTTP ${init.status}`]);
  }
}

/** Builds a GraphError from a Graph error payload `{error:{code,message,innerError}}` (or anything else). */
export function graphErrorFromBody(
  status: number,
  body: unknown,
  context: { method?: string; path?: string; retryAfter?: string | null; requestId?: string | null } = {},
): GraphError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const inner = error && isRecord(error.innerError) ? error.innerError : undefined;
  const details = error && Array.isArray(error.details) ? error.details : [];
  // Replication faults sometimes carry their telling code only in details[].code.
  const detailCodes = details
    .map((d) => (isRecord(d) && typeof d.code === 'string' ? d.code : ''))
    .filter(Boolean)
    .join(' ');
  const code = typeof error?.code === 'string' ? error.code : '';
  const message = typeof error?.message === 'string' ? error.message : typeof body === 'string' ? body : '';
  const requestId = typeof inner?.['request-id'] === 'string' ? inner['request-id'] : (context.requestId ?? undefined);
  return new GraphError({
    status,
    code: detailCodes && !code ? detailCodes : code,
    message: detailCodes && code ? `${message} (${detailCodes})` : message,
    method: context.method,
    path: context.path,
    requestId: requestId ?? undefined,
    retryAfter: context.retryAfter,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
