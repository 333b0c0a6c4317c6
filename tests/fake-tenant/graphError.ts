/**
 * Graph's error envelope. Handlers throw GraphHttpError; the HTTP layer and `$batch` turn it into
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 */

export interface GraphErrorDetail {
  code: string;
  message?: string;
  target?: string;
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: GraphErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

export interface ErrorContext {
  /** Tenant clock. */
  now: number;
  requestId: string;
  clientRequestId: string;
}

/** Graph prints innerError.date without milliseconds or zone suffix. */
export function graphErrorDate(now: number): string {
  return new Date(now).toISOString().slice(0, 19);
}

export function graphErrorBody(error: GraphHttpError, context: ErrorContext): unknown {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      innerError: {
        date: graphErrorDate(context.now),
        'request-id': context.requestId,
        'client-request-id': context.clientRequestId,
      },
    },
  };
}

export const notFound = (what: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const badRequest = (message: string, code = 'Request_BadRequest', details?: GraphErrorDetail[]) =>
  new GraphHttpError(400, code, message, details);

export const insufficientPrivileges = () =>
  new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const invalidAuthenticationToken = (message: string) =>
  new GraphHttpError(401, 'InvalidAuthenticationToken', message, undefined, {
    'WWW-Authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });
