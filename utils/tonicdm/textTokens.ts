/**
 * Splits label text and attribute values into comparable words: "Application (client) ID",
 * "clientId", "client_id" and "CLIENT-ID" all end up as plain lower-case words, so one
 * synonym table serves labels, placeholders and names alike.
 */
export function textTokens(text: string): string[] {
  return text
    .replace(/[\uE000-\uF8FF]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
