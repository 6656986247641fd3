import { resolve } from 'node:path';
import type { Command } from 'commander';
import { evaluate, type EvalReport } from '../../eval/evaluate.js';
import { readEvalSet, type EvalCase } from '../../eval/readEvalSet.js';
import { assist } from '../../assist/assist.js';
import { search } from '../../query/search.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { writeJson } from '../output.js';

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure relevance and latency on a set of queries with known answers')
    .requiredOption('--queries <file>', 'JSON Lines: {"query": "...", "expected": ["article-id", ...]} or {"transcript": [...], "expected": [...]} per line')
    .option('--json', 'print one JSON object: queries, in_domain, out_of_scope, mrr, recall_at_1/3/10, ndcg_at_10, p50_ms, p99_ms, confidence, misses, confidence_errors')
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
Lines with "transcript" instead of "query" are ranked as agent assist ranks a call.
A line with "expected": [] is out of scope: the content has no answer, and the only
right outcome is a result that is not confident.
A query is found at rank k when any expected id is the k-th distinct article returned.
Ranking metrics are over in-domain lines. Confidence: right top hits marked not
confident (target at most 5%), out-of-scope queries not confident (target at least
90%), and the precision of confident answers.
Misses are the in-domain queries whose first result is not expected. Confidence
errors list right top hits marked not confident and out-of-scope queries answered
confidently (the candidates for new similar questions, or for out-of-scope.yaml). Latency is per query, in
this process, including analysis and snippets.

Examples:
  $ kb eval --queries test/fixtures/queries.dev.jsonl
  $ kb eval --queries test/fixtures/queries.dev.jsonl --json | jq .mrr
  $ kb eval --queries test/fixtures/transcripts.dev.jsonl
  $ kb eval --queries test/fixtures/queries.oos.jsonl`)
    .action(async (opts: { queries: string; json?: boolean; index: string; content: string }, command: Command) => {
      const { io } = ctx;
      const cases = readEvalSet(resolve(io.cwd, opts.queries));
      const kb = await openIndex(io, opts, command, ['agent']);
      for (const c of cases) {
        const unknown = c.expected.filter((id) => !kb.entry(id, 'en', 'agent'));
        if (unknown.length) io.stderr.write(`kb: ${opts.queries}:${c.line}: expected id(s) not in the index: ${unknown.join(', ')}\n`);
      }
      const rank = (c: EvalCase) => {
        const result = c.transcript ? assist(kb, c.transcript, { limit: 10 }) : search(kb, c.query, { limit: 10, cache: false });
        return { ids: result.hits.map((h) => h.id), confident: result.confident };
      };
      // One untimed pass first, so the first queries do not pay for JIT warm-up.
      for (const c of cases.slice(0, 20)) rank(c);
      const report = evaluate(cases, rank);
      if (opts.json) return writeJson(io, report);
      io.stdout.write(formatReport(report));
    });
}

function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const c = r.confidence;
  const lines = [
    `queries      ${r.queries} (${r.in_domain} in domain, ${r.out_of_scope} out of scope)`,
    `MRR@10       ${r.mrr.toFixed(4)}`,
    `Recall@1     ${r.recall_at_1.toFixed(4)}`,
    `Recall@3     ${r.recall_at_3.toFixed(4)}`,
    `Recall@10    ${r.recall_at_10.toFixed(4)}`,
    `nDCG@10      ${r.ndcg_at_10.toFixed(4)}`,
    `latency      p50 ${r.p50_ms.toFixed(2)} ms, p99 ${r.p99_ms.toFixed(2)} ms`,
    ...(c ? [
      `confidence   right top hit not confident ${pct(c.right_not_confident)}, out of scope not confident ${pct(c.out_of_scope_not_confident)}`,
      `             precision of confident answers ${pct(c.confident_precision)} (${c.confident} confident)`,
    ] : []),
    `misses       ${r.misses.length} (first result not expected)`,
    ...r.misses.map((m) => `  ${m.rank ? `rank ${m.rank}` : 'not found'}  ${JSON.stringify(m.query)}  expected ${m.expected.join('|')}, got ${m.got ?? 'nothing'}`),
    ...(c ? [
      `confidence errors ${r.confidence_errors.length}`,
      ...r.confidence_errors.map((e) => `  ${e.kind === 'right_not_confident' ? 'right, not confident ' : 'out of scope, confident'}  ${JSON.stringify(e.query)}  got ${e.got}`),
    ] : []),
  ];
  return `${lines.join('\n')}\n`;
}
