import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from '../shared/html.js';
import { isSafeUrl, sanitize } from './sanitize.js';

/**
 * marked configured for content that ends up in agents' and customers' pages: raw HTML
 * is dropped (not escaped: editors should see it vanish and fix it, lint warns), links
 * keep only safe URLs, images are not rendered (the console fetches nothing external),
 * and headings inside a section render one level down so they nest under the section.
 */
const marked = new Marked({
  gfm: true,
  renderer: {
    html: () => '',
    image: () => '',
    link(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Link): string {
      const text = this.parser.parseInline(token.tokens);
      if (!isSafeUrl(token.href)) return text;
      return `<a href="${escapeHtml(token.href)}">${text}</a>`;
    },
    heading(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Heading): string {
      const level = Math.min(6, Math.max(3, token.depth + 1));
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

export function lex(markdown: string): Token[] {
  return marked.lexer(markdown);
}

/** Safe HTML for already-lexed block tokens. */
export function renderHtml(tokens: Token[]): string {
  const list = Object.assign([...tokens], { links: {} });
  return sanitize(marked.parser(list)).trim();
}
