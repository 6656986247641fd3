import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildKnowledgeBase } from '../../pipeline/buildKnowledgeBase.js';
import type { CliContext } from '../io.js';
import { countBySeverity, writeDiagnostics, writeJson } from '../output.js';
import { progressReporter } from '../progress.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import { parseWorkers } from '../parseNumber.js';

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('compile the content folder into one searchable SQLite file')
    .option('--content <dir>', 'folder of Markdown articles', DEFAULT_CONTENT)
    .option('--out <file>', 'SQLite file to write', DEFAULT_INDEX)
    .option('--strict', 'fail on warnings too (stale reviews, missing translations)')
    .option('--workers <n>', 'worker threads for compiling and analysing (0: none; default: the cores available, for large content)')
    .option('--json', 'print the result as JSON (with analysed / reused file counts)')
    .addHelpText('after', `
The build is atomic: it writes a temporary file and renames it, so a failed build
leaves the previous index untouched. Exit code 1 when the content has errors.

Each article file's compiled and analysed forms are cached beside the index
(<out name>.build-cache.sqlite, e.g. .kb/kb.build-cache.sqlite): a build after
editing one article compiles and analyses that article only, and gives the same
index as a build from scratch. Deleting the cache file is always safe.

Examples:
  $ kb build
  $ kb build --content ./content --out .kb/kb.sqlite --strict`)
    .action((opts: { content: string; out: string; strict?: boolean; workers?: string; json?: boolean }) => {
      const { io } = ctx;
      const workers = opts.workers === undefined ? undefined : parseWorkers(opts.workers);
      const progress = progressReporter(io);
      let result;
      try {
        result = buildKnowledgeBase({ contentDir: resolve(io.cwd, opts.content), outFile: resolve(io.cwd, opts.out), strict: opts.strict, workers, onProgress: progress.onProgress });
      } finally {
        progress.stop();
      }
      const { info, diagnostics, stats, totalMs } = result;
      writeDiagnostics(io, diagnostics);
      if (opts.json) return writeJson(io, { file: resolve(io.cwd, opts.out), ...info, ...stats, totalMs, diagnostics });
      const { warnings } = countBySeverity(diagnostics);
      io.stdout.write(`built ${opts.out}: ${info.articles} articles from ${info.files} files (${info.locales.join(', ')}), ${warnings} warning(s), in ${(totalMs / 1000).toFixed(2)} s\n`);
    });
}
