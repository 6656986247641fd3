import { resolve } from 'node:path';
import type { Command } from 'commander';
import { evaluate, type EvalReport } from '../../eval/evaluate.js';
import { readEvalSet, type EvalCase } from '../../eval/readEvalSet.js';
import { assist } from '../../assist/assist.js';
import { search } from '../../query/search.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { writeJson } from '../output.js';

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure relevance and latency on a set of queries with known answers')
    .requiredOption('--queries <file>', 'JSON Lines: {"query": "...", "expected": ["article-id", ...]} or {"transcript": [...], "expected": [...]} per line')
    .option('--json', 'print one JSON object: queries, mrr, recall_at_1/3/10, ndcg_at_10, p50_ms, p99_ms, misses')
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', 'content to (re)build the index from when it is missing or stale', DEFAULT_CONTENT)
    .addHelpText('after', `
Lines with "transcript" instead of "query" are ranked as agent assist ranks a call.
A query is found at rank k when any expected id is the k-th distinct article returned.
Misses are the queries whose first result is not expected. Latency is per query, in
this process, including analysis and snippets.

Examples:
  $ kb eval --queries test/fixtures/queries.dev.jsonl
  $ kb eval --queries test/fixtures/queries.dev.jsonl --json | jq .mrr
  $ kb eval --queries test/fixtures/transcripts.dev.jsonl`)
    .action((opts: { queries: string; json?: boolean; index: string; content: string }) => {
      const { io } = ctx;
      const cases = readEvalSet(resolve(io.cwd, opts.queries));
      const kb = openIndex(io, opts, ['agent']);
      for (const c of cases) {
        const unknown = c.expected.filter((id) => !kb.article(id, 'en', 'agent'));
        if (unknown.length) io.stderr.write(`kb: ${opts.queries}:${c.line}: expected id(s) not in the index: ${unknown.join(', ')}\n`);
      }
      const rank = (c: EvalCase) => (c.transcript ? assist(kb, c.transcript, { limit: 10 }) : search(kb, c.query, { limit: 10, cache: false })).hits.map((h) => h.id);
      // One untimed pass first, so the first queries do not pay for JIT warm-up.
      for (const c of cases.slice(0, 20)) rank(c);
      const report = evaluate(cases, rank);
      if (opts.json) return writeJson(io, report);
      io.stdout.write(formatReport(report));
    });
}

function formatReport(r: EvalReport): string {
  const lines = [
    `queries      ${r.queries}`,
    `MRR@10       ${r.mrr.toFixed(4)}`,
    `Recall@1     ${r.recall_at_1.toFixed(4)}`,
    `Recall@3     ${r.recall_at_3.toFixed(4)}`,
    `Recall@10    ${r.recall_at_10.toFixed(4)}`,
    `nDCG@10      ${r.ndcg_at_10.toFixed(4)}`,
    `latency      p50 ${r.p50_ms.toFixed(2)} ms, p99 ${r.p99_ms.toFixed(2)} ms`,
    `misses       ${r.misses.length} (first result not expected)`,
    ...r.misses.map((m) => `  ${m.rank ? `rank ${m.rank}` : 'not found'}  ${JSON.stringify(m.query)}  expected ${m.expected.join('|')}, got ${m.got ?? 'nothing'}`),
  ];
  return `${lines.join('\n')}\n`;
}
