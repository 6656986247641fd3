/**
 * The terms that matched, highlighted inside the open article: the words the server marked
 * in the hit's snippet. They come from the server's analysis, so stop words are not among
 * them, and synonyms and Chinese segmentation are right.
 */

const MIN_CHARS = 2;
const MAX_TERMS = 24;

/** Terms worth highlighting for a hit on screen. */
export function markedTerms(item: Element): string[] {
  const terms = new Set<string>();
  for (const m of Array.from(item.querySelectorAll('.s-snippet mark'))) {
    const term = (m.textContent ?? '').trim().toLowerCase();
    if (term.length >= MIN_CHARS) terms.add(term);
  }
  return [...terms].slice(0, MAX_TERMS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps every occurrence of `terms` in the text (not the markup) of `roots` in <mark class="hl">. */
export function highlightTerms(roots: Element[], terms: string[]): void {
  if (!terms.length) return;
  // A Latin term starts a word (review → reviewed, but days ↛ holidays); Chinese has no word boundaries.
  const source = terms
    .sort((a, b) => b.length - a.length)
    .map((term) => (/^[a-z0-9]/i.test(term) ? `\\b${escapeRegExp(term)}[a-z]*` : escapeRegExp(term)))
    .join('|');
  const pattern = new RegExp(source, 'gi');
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!(n.parentElement?.closest('mark, .ph, input, textarea'))) nodes.push(n as Text);
    for (const node of nodes) wrapMatches(node, pattern);
  }
}

function wrapMatches(node: Text, pattern: RegExp): void {
  const text = node.data;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return;
  pattern.lastIndex = 0;
  const parts: Array<string | Node> = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const mark = document.createElement('mark');
    mark.className = 'hl';
    mark.textContent = m[0];
    parts.push(mark);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  node.replaceWith(...parts);
}
