import { createWriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { openEventStore } from '../../events/openEventStore.js';
import { csvHeader, parseSince, toCsvLine, toJsonLine, type ExportFormat } from '../../events/exportEvents.js';
import { ENV } from '../../server/process/config.js';
import { DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';

interface StoreOpts {
  index: string;
}

export function registerEvents(program: Command, ctx: CliContext): void {
  const events = program
    .command('events')
    .description('the recorded searches, opens, copies and feedback: export them, remove sample traffic')
    .addHelpText('after', `
Events are stored in .kb/state.sqlite beside the index, or in PostgreSQL when
${ENV.databaseUrl} is set (the same variable kb serve reads).`);

  events
    .command('export')
    .description('write events as JSON Lines or CSV, oldest first, for your own BI')
    .option('--since <when>', 'from this long ago (30d, 12h, 90m) or this date (2026-11-01)', '30d')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--index <file>', 'the index whose folder holds state.sqlite', DEFAULT_INDEX)
    .addHelpText('after', `
Queries and comments are stored masked (phone numbers, card and account numbers, ids,
emails); no IP address or token is stored, only agent labels.

Examples:
  $ kb events export --since 30d --format csv --out events.csv
  $ kb events export --since 2026-11-01 | jq -r 'select(.type=="search") | .query'`)
    .action(async (opts: StoreOpts & { since: string; format: ExportFormat; out?: string }) => {
      const { io } = ctx;
      const since = parseSince(opts.since, Date.now());
      const store = await open(ctx, opts);
      try {
        const list = await store.list({ since });
        const out = opts.out ? createWriteStream(resolve(io.cwd, opts.out)) : undefined;
        const write = (s: string) => (out ? out.write(s) : io.stdout.write(s));
        if (opts.format === 'csv') write(csvHeader());
        for (const e of list) write(opts.format === 'csv' ? toCsvLine(e) : toJsonLine(e));
        if (out) {
          await new Promise<void>((done, fail) => out.end(() => done()).once('error', fail));
          io.stderr.write(`kb: ${list.length} events written to ${opts.out}\n`);
        }
      } finally {
        await store.close();
      }
    });

  events
    .command('purge-sample')
    .description('delete the synthetic events written by kb demo-events')
    .option('--index <file>', 'the index whose folder holds state.sqlite', DEFAULT_INDEX)
    .action(async (opts: StoreOpts) => {
      const store = await open(ctx, opts);
      try {
        ctx.io.stdout.write(`kb: ${await store.deleteSample()} sample events deleted\n`);
      } finally {
        await store.close();
      }
    });

  // main() sets these on top-level commands only: a bad option here must not exit the process.
  for (const sub of events.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) });
}

function open(ctx: CliContext, opts: StoreOpts) {
  return openEventStore({ stateDir: dirname(resolve(ctx.io.cwd, opts.index)), databaseUrl: ctx.io.env[ENV.databaseUrl] || undefined });
}
