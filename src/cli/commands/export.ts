import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { KbError } from '../../errors.js';
import { lunrIndexOf } from '../../index/lunrIndex.js';
import { readKnowledgeBase } from '../../store/knowledgeBaseFile.js';
import type { Scope } from '../../types.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { ensureIndex } from '../openIndex.js';

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description("export the index in lunr's JSON, for a help-centre page that searches in the browser")
    .option('--lunr', "lunr 2.x serialized index (the only format; required so the format is explicit)")
    .option('--out <file>', 'file to write (default: standard output)')
    .addOption(new Option('--scope <scope>', 'public: public articles and sections only (safe to publish)').choices(['public', 'agent']).default('public'))
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
Load it in the browser with lunr.Index.load(json). Documents hold analysed terms with an
empty pipeline: a page must run the same analysis on queries (lowercased words,
Chinese words and character bigrams) for the ranking to match kb's.

Examples:
  $ kb export --lunr --out public/search-index.json
  $ kb export --lunr | gzip > index.json.gz`)
    .action(async (opts: { lunr?: boolean; out?: string; scope: Scope; index: string; content: string }, command: Command) => {
      const { io } = ctx;
      if (!opts.lunr) throw new KbError('export.no-format', 'export: say which format to export', 'pass --lunr');
      const data = readKnowledgeBase((await ensureIndex(io, opts, command)).indexFile, []);
      const json = JSON.stringify(lunrIndexOf(data.articles, data.analyzer, opts.scope));
      if (opts.out) writeFileSync(resolve(io.cwd, opts.out), json);
      else io.stdout.write(`${json}\n`);
    });
}
