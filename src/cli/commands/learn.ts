import type { Command } from 'commander';
import { KbError } from '../../errors.js';
import { parseInstant } from '../../insights/period.js';
import { learnArticles } from '../../learn/learnInput.js';
import { applyProposals } from '../../learn/applyProposals.js';
import { learnProposals, type Proposal } from '../../learn/proposals.js';
import { KnowledgeBase } from '../../query/knowledgeBase.js';
import { yesNoAsker } from '../askYesNo.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { ensureIndex } from '../openIndex.js';
import { withEvents } from '../openEvents.js';
import { writeJson } from '../output.js';

interface LearnOptions {
  since: string;
  minCount: string;
  json?: boolean;
  apply?: boolean;
  interactive?: boolean;
  index: string;
  content: string;
}

export function registerLearn(program: Command, ctx: CliContext): void {
  program
    .command('learn')
    .description('propose similar questions from what agents searched, and add them to the articles')
    .option('--since <when>', 'events from: a duration (30d, 8w) or a date YYYY-MM-DD', '30d')
    .option('--min-count <n>', 'propose a question only when this many searches support it', '2')
    .option('--json', 'print {proposals, applied} as JSON')
    .option('--apply', 'write every proposal into its article (the right locale file), then lint')
    .option('--interactive', 'ask y/N for each proposal and write the accepted ones')
    .option('--index <file>', 'built index', DEFAULT_INDEX)
    .option('--content <dir>', 'folder of Markdown articles (where --apply writes); without it, the folder the index was built from', DEFAULT_CONTENT)
    .addHelpText('after', `
A search proposes its query as a similar question for article X when the agent opened X
from it and then copied X's reply or rated it helpful, and X was not the first result.
Queries are masked and normalised (Traditional → Simplified), grouped by analysed terms,
and dropped when X or another article already has a question with the same terms.
Public searches never propose questions for internal articles. Edits only append to
"questions:" (comments and layout stay); the content must lint clean afterwards, or
nothing is written. Rebuild (kb build) to use the new questions.

Examples:
  $ kb learn                      # proposals with their evidence
  $ kb learn --since 90d --min-count 3 --json
  $ kb learn --interactive        # y/N per proposal
  $ kb learn --apply && kb build`)
    .action(async (opts: LearnOptions, command: Command) => {
      const { io } = ctx;
      const minCount = Number(opts.minCount);
      if (!Number.isInteger(minCount) || minCount < 1) throw new KbError('cli.bad-min-count', `--min-count must be a whole number of 1 or more, got "${opts.minCount}"`);
      const since = parseInstant(opts.since, Date.now(), '--since');
      const { indexFile, contentDir } = await ensureIndex(io, opts, command);
      const kb = KnowledgeBase.open(indexFile);
      const events = await withEvents(io, opts.index, async (store) => {
        await store.flush();
        return store.list({ since, types: ['search', 'assist', 'open', 'copy', 'feedback'] });
      });
      const proposals = learnProposals({ events, ...learnArticles(kb), analyze: (t) => kb.analyzer.analyze(t), minCount });
      const accepted = opts.interactive ? await choose(ctx, proposals) : opts.apply ? proposals : [];
      const applied = accepted.length ? applyProposals(contentDir, accepted) : { files: [] };
      if (opts.json) return writeJson(io, { proposals, applied: accepted, files: applied.files });
      if (!opts.interactive) io.stdout.write(proposals.length ? proposals.map(describe).join('\n') + '\n' : `kb: no proposals (min count ${minCount}, since ${opts.since})\n`);
      if (accepted.length) io.stdout.write(`kb: added ${accepted.length} question(s) to ${applied.files.length} file(s): ${applied.files.join(', ')}; run kb build to use them\n`);
    });
}

function describe(p: Proposal): string {
  const counts = new Map<string, number>();
  for (const r of p.ranksBefore) {
    const label = r === null ? 'not in top 10' : String(r);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const ranks = [...counts.entries()].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
  return `${p.articleId} [${p.locale}]  "${p.question}"  ×${p.count}  ranks before: ${ranks}${p.variants.length ? `  also: ${p.variants.join(' | ')}` : ''}`;
}

async function choose(ctx: CliContext, proposals: Proposal[]): Promise<Proposal[]> {
  const asker = yesNoAsker(ctx.io);
  const accepted: Proposal[] = [];
  try {
    for (const p of proposals) if (await asker.ask(`add to ${describe(p)}?`)) accepted.push(p);
  } finally {
    asker.close();
  }
  return accepted;
}
