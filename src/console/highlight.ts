/**
 * The terms that matched, highlighted inside the open article: the words the server marked
 * in the hit's snippet (its analysis, so synonyms and Chinese segmentation are right), plus
 * the query's own words.
 */

const MIN_CHARS = 2;
const MAX_TERMS = 24;

/** Terms worth highlighting for a hit on screen and the query that found it. */
export function markedTerms(item: Element, query: string): string[] {
  const marked = Array.from(item.querySelectorAll('.s-snippet mark'), (m) => (m.textContent ?? '').trim());
  const words = query.split(/[\s,，。？?！!、;；:：]+/);
  const terms = new Set<string>();
  for (const term of [...marked, ...words]) if (term.length >= MIN_CHARS) terms.add(term.toLowerCase());
  return [...terms].slice(0, MAX_TERMS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps every occurrence of `terms` in the text (not the markup) of `roots` in <mark class="hl">. */
export function highlightTerms(roots: Element[], terms: string[]): void {
  if (!terms.length) return;
  const pattern = new RegExp(terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');
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
