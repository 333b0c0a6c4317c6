/**
 * The only logger. It records outcomes, never payloads: message types whose bodies may carry
 * a secret are logged by type alone, and strings that look like secrets are redacted.
 */
import { classifySecret } from '../values/classifySecret';

const SECRET_BEARING_TYPES = new Set(['portal/secret', 'tonicdm/fill', 'graph/token']);

export function redact(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      const kind = classifySecret(part);
      return kind === 'current' || kind === 'previous' || kind === 'legacy' ? '[redacted]' : part;
    })
    .join('');
}

export function describeMessage(message: unknown): string {
  const type = typeof message === 'object' && message && 'type' in message ? String((message as { type: unknown }).type) : 'unknown';
  return SECRET_BEARING_TYPES.has(type) ? `${type} (body withheld)` : type;
}

export const logger = {
  info(event: string, detail?: string) {
    console.info(`[tonicdm-assistant] ${event}${detail ? `: ${redact(detail)}` : ''}`);
  },
  warn(event: string, detail?: string) {
    console.warn(`[tonicdm-assistant] ${event}${detail ? `: ${redact(detail)}` : ''}`);
  },
};
