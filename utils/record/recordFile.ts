/** File names for the record's downloads: which tenant and when, in characters every file system accepts. */
import type { SetupRecord } from './buildSetupRecord';

export type RecordFormat = 'md' | 'json';

export const RECORD_MIME: Record<RecordFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40);
}

export function recordFileName(record: SetupRecord, format: RecordFormat): string {
  const who = slug(record.tenant.name ?? '') || slug(record.tenant.id ?? '') || slug(record.app.clientId ?? '') || 'setup';
  return `tonicdm-entra-record-${who}-${record.generatedAt.slice(0, 10)}.${format}`;
}
