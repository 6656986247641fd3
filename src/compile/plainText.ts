import type { Token, Tokens } from 'marked';
import { decodeEntities } from '../shared/html.js';

/**
 * Plain text of Markdown tokens, for indexing and snippets: one line per block,
 * formatting and raw HTML dropped, link text kept (not the URL).
 */
export function plainText(tokens: readonly Token[]): string {
  return tokens.map(blockText).filter((s) => s !== '').join('\n');
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'html':
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'list':
      return (token as Tokens.List).items.map((item) => plainText(item.tokens)).join('\n');
    case 'table': {
      const t = token as Tokens.Table;
      const rows = [t.header, ...t.rows];
      return rows.map((row) => row.map((cell) => inlineText(cell.tokens)).join(' | ')).join('\n');
    }
    case 'code':
      return (token as Tokens.Code).text;
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens as Token[]) : '';
  }
}

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'html' || t.type === 'image') continue;
    if (t.type === 'br') out += ' ';
    else if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) out += inlineText(t.tokens as Token[]);
    else if (t.type === 'list' || t.type === 'paragraph') out += blockText(t);
    // marked escapes &, <, >, " and ' in text tokens; plain text wants them back.
    else if ('text' in t && typeof t.text === 'string') out += decodeEntities(t.text);
  }
  return out.trim();
}
