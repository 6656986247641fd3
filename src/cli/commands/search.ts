import { Option, type Command } from 'commander';
import { QueryError } from '../../errors.js';
import { RESULT_LIMITS } from '../../query/resultLimits.js';
import { parseLocale } from '../../query/locale.js';
import { search } from '../../query/search.js';
import type { Scope } from '../../types.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { NOT_CONFIDENT, terminalSnippet, writeJson } from '../output.js';
import { parseLimit } from '../parseNumber.js';

export function registerSearch(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('search the knowledge base the way an agent types')
    .argument('<query...>', 'the question, in Chinese or English (quote it)')
    .option('--locale <locale>', 'answer in zh-CN or en (default: the language of the query)')
    .option('--limit <n>', `number of articles, ${RESULT_LIMITS.min} to ${RESULT_LIMITS.max}`, String(RESULT_LIMITS.search))
    .option('--category <id>', 'only this category')
    .addOption(new Option('--scope <scope>', 'agent sees everything; public sees only public articles and sections').choices(['agent', 'public']).default('agent'))
    .option('--json', 'print {query, locale, confident, hits} as JSON')
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
Each hit: article id, title, confidence (0-1: how sure the ranking is that it answers
the query), the similar question that matched, and the passage that matched with the
matched terms marked. When the top hit is not confident, it says so first: the content
may have no answer (escalate, or try other words). The last word also matches as a prefix (as-you-type); Traditional Chinese
finds Simplified articles; synonyms from content/synonyms.yaml apply.

Examples:
  $ kb search "买家汇了10000美金只到了9975"
  $ kb search "帳戶被凍結了" --locale en
  $ kb search "kyc pending" --limit 3 --json`)
    .action(async (words: string[], opts: { locale?: string; limit: string; category?: string; scope: Scope; json?: boolean; index: string; content: string }, command: Command) => {
      const { io } = ctx;
      const query = words.join(' ');
      const locale = parseLocale(opts.locale);
      const limit = parseLimit(opts.limit);
      const kb = await openIndex(io, opts, command, [opts.scope]);
      if (opts.category !== undefined && !kb.categories.some((c) => c.id === opts.category)) {
        throw new QueryError('query.unknown-category', `query: unknown category "${opts.category}"`, `use one of: ${kb.categories.map((c) => c.id).join(', ')}`);
      }
      const result = search(kb, query, { locale, limit, scope: opts.scope, category: opts.category });
      if (opts.json) return writeJson(io, { query, locale: result.locale, confident: result.confident, hits: result.hits });
      if (!result.hits.length) {
        io.stdout.write(`no articles match "${query}"\n`);
        return;
      }
      const tty = Boolean(io.stdout.isTTY);
      if (!result.confident) io.stdout.write(`${NOT_CONFIDENT}\n`);
      result.hits.forEach((h, i) => {
        io.stdout.write(`${i + 1}. ${h.id}  ${h.title}  (confidence ${h.confidence.toFixed(2)})${h.matchedQuestion ? `\n   asked as: ${h.matchedQuestion}` : ''}\n   ${terminalSnippet(h.snippet, tty)}\n`);
      });
    });
}
