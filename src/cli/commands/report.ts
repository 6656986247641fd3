import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { KbError } from '../../errors.js';
import { loadReport } from '../../insights/loadReport.js';
import { parseInstant } from '../../insights/period.js';
import { parseReportFormat, renderReport, REPORT_FORMATS } from '../../insights/render/renderReport.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { withEvents } from '../openEvents.js';
import { parseScope } from '../parseScope.js';

interface ReportOptions {
  since: string;
  until?: string;
  scope?: string;
  format: string;
  out?: string;
  index: string;
  content: string;
}

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('the voice-of-the-customer report: volume, top questions, content gaps, articles, stale content, teams')
    .option('--since <when>', 'start: a duration back from now (30d, 8w, 3m) or a date YYYY-MM-DD', '30d')
    .option('--until <when>', 'end (exclusive): a duration back from now or a date; default now')
    .option('--scope <scope>', 'only agent or only public traffic (default both)')
    .option('--format <format>', `${REPORT_FORMATS.join(', ')}`, 'text')
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--index <file>', 'built index (articles, owners, review dates)', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
Reads the events the server recorded (.kb/state.sqlite beside the index, or
KB_DATABASE_URL) and compares every figure with the period of equal length before.

Examples:
  $ kb report                                              # last 30 days, in the terminal
  $ kb report --since 2026-11-01 --until 2026-12-01 --format html --out voc-2026-11.html
  $ kb report --scope public --format csv --out public.csv
  $ kb report --format json | jq '.gaps.clusters[0]'`)
    .action(async (opts: ReportOptions, command: Command) => {
      const { io } = ctx;
      const now = Date.now();
      const format = parseReportFormat(opts.format);
      const scope = parseScope(opts.scope);
      const since = parseInstant(opts.since, now, '--since');
      const until = opts.until === undefined ? now : parseInstant(opts.until, now, '--until');
      if (since >= until) throw new KbError('cli.bad-range', `--since must be before --until (got ${new Date(since).toISOString()} and ${new Date(until).toISOString()})`);
      const kb = await openIndex(io, opts, command);
      const report = await withEvents(io, opts.index, (store) => loadReport(store, kb, { since, until, scope }));
      const text = renderReport(report, format);
      if (!opts.out) return void io.stdout.write(text);
      const out = resolve(io.cwd, opts.out);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      io.stderr.write(`kb: report written to ${opts.out} (${format})\n`);
    });
}
