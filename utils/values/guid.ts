const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Client, tenant, object and secret ids are all GUIDs; only context tells them apart. */
export function isGuid(value: string): boolean {
  return GUID.test(value.trim());
}

/** Every GUID in a text, lower-cased, in order of appearance. */
export function guidsIn(text: string): string[] {
  return Array.from(text.matchAll(GUID_IN_TEXT), (m) => m[0].toLowerCase());
}
