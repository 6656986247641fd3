const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const CHARACTERS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * Escapes text for HTML text and quoted attributes (and SVG): snippets, link targets,
 * report pages. Every query and comment is user input.
 */
export function escapeHtml(s: string | number): string {
  const text = String(s);
  // Most text has nothing to escape, and a global replace that finds nothing still allocates (a snippet escapes several pieces).
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

const SPECIAL = /[&<>"']/;

/**
 * The text again from escaped HTML text: undoes escapeHtml, and marked's escaping of text
 * tokens, which use the same five entities. Any other entity is left as written.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (entity, name: string) => CHARACTERS[name] ?? entity);
}
