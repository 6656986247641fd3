import type { Command } from 'commander';
import { demoTraffic } from '../../demo/demoTraffic.js';
import { KbError } from '../../errors.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { withEvents } from '../openEvents.js';
import { writeJson } from '../output.js';

const MAX_DAYS = 365;

export function registerDemoEvents(program: Command, ctx: CliContext): void {
  program
    .command('demo-events')
    .description('fill the event store with synthetic sample traffic for a demo, or remove it')
    .option('--days <n>', `days of traffic, ending now (1 to ${MAX_DAYS})`, '60')
    .option('--remove', 'delete every sample event (and nothing else)')
    .option('--json', 'print {added} or {removed} as JSON')
    .option('--index <file>', 'built index (its articles are what the traffic asks about)', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
The traffic: searches with the articles' similar questions (opened at the rank the
engine gives them, often copied, sometimes rated), questions the sample content does not
answer (content gaps), a few articles agents mark not helpful, and a topic that grows in
the last 30 days. Every event is marked sample: true; reports say how many they count.

Examples:
  $ kb demo-events --days 60 && kb serve     # then open http://127.0.0.1:3000/insights
  $ kb demo-events --remove`)
    .action(async (opts: { days: string; remove?: boolean; json?: boolean; index: string; content: string }, command: Command) => {
      const { io } = ctx;
      if (opts.remove) {
        const removed = await withEvents(io, opts.index, (store) => store.deleteSample());
        if (opts.json) return writeJson(io, { removed });
        return void io.stdout.write(`kb: removed ${removed} sample event(s)\n`);
      }
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new KbError('cli.bad-days', `--days must be a whole number from 1 to ${MAX_DAYS}, got "${opts.days}"`);
      const kb = await openIndex(io, opts, command);
      const events = demoTraffic(kb, { days, until: Date.now() });
      await withEvents(io, opts.index, async (store) => {
        for (const e of events) store.record(e);
        await store.flush();
      });
      if (opts.json) return writeJson(io, { added: events.length });
      io.stdout.write(`kb: added ${events.length} sample events over ${days} days (remove them with: kb demo-events --remove)\n`);
    });
}
