import type { Token, Tokens } from 'marked';
import type { Diagnostic } from '../errors.js';
import type { CompiledArticle, Section, SourceArticle } from '../types.js';
import { plainText } from './plainText.js';
import { lex, renderHtml } from './renderHtml.js';
import { isSafeUrl } from './sanitize.js';
import { sectionKind } from './sectionKind.js';

interface RawSection {
  section: Omit<Section, 'html' | 'text'>;
  tokens: Token[];
}

/**
 * Markdown body → sections with safe HTML and plain text. The body is lexed once; the
 * token list is split at level-1/2 headings, and each section is rendered and walked
 * for text separately, so internal sections can be left out of public output whole.
 */
export function compileArticle(src: SourceArticle): { article: CompiledArticle; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, line: number, message: string, hint: string) =>
    diagnostics.push({ severity: 'warning', code, file: src.file, line, field: 'body', message, hint });

  const raw = splitSections(lex(src.body), src.bodyLine);
  for (const { tokens, section: { line } } of raw) {
    walk(tokens, line, (token, tokenLine) => {
      if (token.type === 'html' && token.raw.trim() && !token.raw.trim().startsWith('</')) {
        warn('body.raw-html', tokenLine, `raw HTML is not allowed and was removed: ${clip(token.raw)}`, 'use Markdown instead of HTML');
      } else if ((token.type === 'link' || token.type === 'image') && !isSafeUrl((token as Tokens.Link).href)) {
        warn('body.unsafe-link', tokenLine, `unsafe link removed: ${clip((token as Tokens.Link).href)}`, 'links must start with http:, https:, mailto: or tel:');
      }
    });
  }
  const sections: Section[] = raw
    .map(({ section, tokens }) => ({ ...section, html: renderHtml(tokens), text: plainText(tokens) }))
    .filter((s) => s.kind === 'answer' || s.text !== '' || s.heading !== '');

  const firstParagraph = raw[0]?.section.kind === 'answer' ? raw[0].tokens.find((t) => t.type === 'paragraph') : undefined;
  const answer = firstParagraph ? plainText([firstParagraph]) : '';
  if (!answer && src.body.trim()) {
    diagnostics.push({
      severity: 'error', code: 'body.no-answer', file: src.file, line: src.bodyLine, field: 'body',
      message: 'the body must start with a one-line answer paragraph before the first heading',
      hint: 'write the answer an agent can say as is, then the ## sections',
    });
  }
  const { review_every_days, escalate_to, ...meta } = src.meta;
  return {
    article: { ...meta, locale: src.locale, file: src.file, reviewEveryDays: review_every_days, escalateTo: escalate_to, answer, sections },
    diagnostics,
  };
}

function splitSections(tokens: Token[], firstLine: number): RawSection[] {
  const sections: RawSection[] = [{ section: { kind: 'answer', heading: '', line: firstLine }, tokens: [] }];
  let line = firstLine;
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth <= 2) {
      const heading = (token as Tokens.Heading).text.trim();
      sections.push({ section: { kind: sectionKind(heading), heading, line }, tokens: [] });
    } else {
      const internal = internalHeading(token);
      // An internal heading anywhere (### level, inside a quote or a list) starts an
      // internal section holding that whole block and what follows, up to the next section.
      if (internal !== undefined && sections[sections.length - 1]!.section.kind !== 'internal') {
        sections.push({ section: { kind: 'internal', heading: internal, line }, tokens: [] });
      }
      sections[sections.length - 1]!.tokens.push(token);
    }
    line += newlines(token.raw);
  }
  return sections;
}

/** The text of the first internal-notes heading in `token` or inside it, if any. */
function internalHeading(token: Token): string | undefined {
  let found: string | undefined;
  walk([token], 0, (t) => {
    if (found === undefined && t.type === 'heading' && sectionKind((t as Tokens.Heading).text) === 'internal') found = (t as Tokens.Heading).text.trim();
  });
  return found;
}

/** Visits every token, block and inline, with the line its block starts on. */
function walk(tokens: readonly Token[], line: number, visit: (t: Token, line: number) => void): void {
  for (const token of tokens) {
    visit(token, line);
    const children: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) children.push(...(token.tokens as Token[]));
    if (token.type === 'list') for (const item of (token as Tokens.List).items) children.push(item);
    walk(children, line, visit);
    if (!token.type.match(/^(text|strong|em|codespan|link|image|html|del|br|escape)$/)) line += newlines(token.raw);
  }
}

const newlines = (s: string) => s.split('\n').length - 1;
const clip = (s: string) => (s.trim().length > 60 ? `${s.trim().slice(0, 57)}...` : s.trim());
