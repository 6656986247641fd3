/** The distinct `{placeholders}` of a reply template, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}\n]{1,40})\}/g)].map((m) => m[1]!))];
}
