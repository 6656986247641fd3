import { resolve } from 'node:path';
import type { Command } from 'commander';
import { compileContent } from '../../pipeline/compileContent.js';
import type { CliContext } from '../io.js';
import { countBySeverity, writeDiagnostics, writeJson } from '../output.js';
import { DEFAULT_CONTENT } from '../defaults.js';

export function registerLint(program: Command, ctx: CliContext): void {
  program
    .command('lint')
    .description('check the content without building: schema, ids, translations, links, staleness, leaks')
    .option('--content <dir>', 'folder of Markdown articles', DEFAULT_CONTENT)
    .option('--strict', 'exit 1 on warnings too')
    .option('--json', 'print {errors, warnings, diagnostics} as JSON')
    .addHelpText('after', `
Checks every file and reports every problem as file:line [field] message, with a hint:
front matter schema, duplicate ids, the same similar question on two articles, unknown
related ids, missing translations, overdue reviews, internal notes in public sections.
Exit code 1 when there are errors (or warnings, with --strict).

Examples:
  $ kb lint
  $ kb lint --content ./content --json | jq '.diagnostics[] | select(.severity=="error")'`)
    .action((opts: { content: string; strict?: boolean; json?: boolean }) => {
      const { io } = ctx;
      const { diagnostics, files } = compileContent({ contentDir: resolve(io.cwd, opts.content) });
      const { errors, warnings } = countBySeverity(diagnostics);
      ctx.exitCode = errors || (opts.strict && warnings) ? 1 : 0;
      if (opts.json) return writeJson(io, { files, errors, warnings, diagnostics });
      writeDiagnostics(io, diagnostics);
      io.stdout.write(`${files} files checked: ${errors} error(s), ${warnings} warning(s)\n`);
    });
}
