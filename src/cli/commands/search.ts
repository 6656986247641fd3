import { Option, type Command } from 'commander';
import { parseLocale, search } from '../../query/search.js';
import type { Scope } from '../../types.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { terminalSnippet, writeJson } from '../output.js';
import { parseLimit } from '../parseNumber.js';

export function registerSearch(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('search the knowledge base the way an agent types')
    .argument('<query...>', 'the question, in Chinese or English (quote it)')
    .option('--locale <locale>', 'answer in zh-CN or en (default: the language of the query)')
    .option('--limit <n>', 'number of articles', '5')
    .option('--category <id>', 'only this category')
    .addOption(new Option('--scope <scope>', 'agent sees everything; public sees only public articles and sections').choices(['agent', 'public']).default('agent'))
    .option('--json', 'print {query, locale, hits} as JSON')
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', 'content to (re)build the index from when it is missing or stale', DEFAULT_CONTENT)
    .addHelpText('after', `
Each hit: article id, title, score, and the passage that matched with the matched
terms marked. The last word also matches as a prefix (as-you-type); Traditional Chinese
finds Simplified articles; synonyms from content/synonyms.yaml apply.

Examples:
  $ kb search "买家汇了10000美金只到了9975"
  $ kb search "帳戶被凍結了" --locale en
  $ kb search "kyc pending" --limit 3 --json`)
    .action((words: string[], opts: { locale?: string; limit: string; category?: string; scope: Scope; json?: boolean; index: string; content: string }) => {
      const { io } = ctx;
      const query = words.join(' ');
      const locale = parseLocale(opts.locale);
      const limit = parseLimit(opts.limit);
      const kb = openIndex(io, opts, [opts.scope]);
      const result = search(kb, query, { locale, limit, scope: opts.scope, category: opts.category });
      if (opts.json) return writeJson(io, { query, locale: result.locale, hits: result.hits });
      if (!result.hits.length) {
        io.stdout.write(`no articles match "${query}"\n`);
        return;
      }
      const tty = Boolean(io.stdout.isTTY);
      result.hits.forEach((h, i) => {
        io.stdout.write(`${i + 1}. ${h.id}  ${h.title}  (${h.score})\n   ${terminalSnippet(h.snippet, tty)}\n`);
      });
    });
}
