import { randomUUID } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';
import { compileContent } from '../../src/pipeline/compileContent.js';
import type { EventStore, StoredEvent } from '../../src/events/event.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { readEvalSet, type EvalCase } from '../../src/eval/readEvalSet.js';
import { applyProposals } from '../../src/learn/applyProposals.js';
import { learnArticles } from '../../src/learn/learnInput.js';
import { learnProposals, type Proposal } from '../../src/learn/proposals.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { detectLocale } from '../../src/query/locale.js';
import { search } from '../../src/query/search.js';
import { CONTENT, FIXTURES, tempDir } from './paths.js';

/** Agents who replay each training query: the same wording from two agents, as real traffic repeats. */
const AGENTS = ['agent-1', 'agent-2'];

/**
 * Replays queries as agent traffic: each query is searched for real; the agent opens the
 * expected article from wherever it ranked (rank absent when it was not in the top 10 and
 * was found by browsing) and copies its reply.
 */
export function replayAgentTraffic(kb: KnowledgeBase, store: EventStore, cases: readonly EvalCase[], start = Date.now() - 86_400_000): number {
  let at = start;
  let n = 0;
  for (const c of cases) {
    for (const agent of AGENTS) {
      const ids = search(kb, c.query!, { limit: 10, cache: false }).hits.map((h) => h.id);
      const searchId = randomUUID();
      const articleId = c.expected[0]!;
      const position = ids.indexOf(articleId);
      const base = { scope: 'agent' as const, searchId, locale: detectLocale(c.query!), agent };
      const rank = position >= 0 ? { rank: position + 1 } : {};
      const events: StoredEvent[] = [
        { id: randomUUID(), at: at++, type: 'search', query: c.query, resultIds: ids, confident: ids.length > 0, ...base },
        { id: randomUUID(), at: at++, type: 'open', articleId, ...rank, ...base },
        { id: randomUUID(), at: at++, type: 'copy', articleId, ...rank, ...base },
      ];
      for (const e of events) store.record(e);
      n += events.length;
    }
  }
  return n;
}

export interface LearningFigures {
  proposals: number;
  filesChanged: number;
  /** Recall@1 and MRR on the held-out paraphrases and on the dev set, before and after. */
  eval: { before: Figures; after: Figures };
  dev: { before: Figures; after: Figures };
  lintErrorsAfter: number;
  applied: Proposal[];
}
interface Figures {
  recall_at_1: number;
  mrr: number;
}

const figures = (kb: KnowledgeBase, cases: EvalCase[]): Figures => {
  const r = evaluate(cases, (c) => search(kb, c.query!, { limit: 10, cache: false }).hits.map((h) => h.id));
  return { recall_at_1: Math.round(r.recall_at_1 * 10000) / 10000, mrr: Math.round(r.mrr * 10000) / 10000 };
};

/**
 * The learning loop end to end on a private copy of the sample content: replay the training
 * paraphrases as traffic into a real SQLite event store, learn (min count 2), apply, rebuild,
 * and measure on different paraphrases of the same problems and on the dev set.
 */
export async function measureLearning(): Promise<LearningFigures> {
  const dir = tempDir('kb-learn-');
  const contentDir = join(dir, 'content');
  cpSync(CONTENT, contentDir, { recursive: true });
  const indexFile = join(dir, 'kb.sqlite');
  buildKnowledgeBase({ contentDir, outFile: indexFile });
  const kb = KnowledgeBase.open(indexFile);
  const evalSet = readEvalSet(join(FIXTURES, 'queries.learn-eval.jsonl'));
  const dev = readEvalSet(join(FIXTURES, 'queries.dev.jsonl'));
  const before = { eval: figures(kb, evalSet), dev: figures(kb, dev) };

  const store = await openEventStore({ stateDir: dir });
  try {
    replayAgentTraffic(kb, store, readEvalSet(join(FIXTURES, 'queries.learn-train.jsonl')));
    await store.flush();
    const events = await store.list({});
    const proposals = learnProposals({ events, ...learnArticles(kb), analyze: (t) => kb.analyzer.analyze(t), minCount: 2 });
    const { files } = applyProposals(contentDir, proposals);
    buildKnowledgeBase({ contentDir, outFile: indexFile });
    const learnt = KnowledgeBase.open(indexFile);
    return {
      proposals: proposals.length,
      filesChanged: files.length,
      eval: { before: before.eval, after: figures(learnt, evalSet) },
      dev: { before: before.dev, after: figures(learnt, dev) },
      lintErrorsAfter: compileContent({ contentDir }).diagnostics.filter((d) => d.severity === 'error').length,
      applied: proposals,
    };
  } finally {
    await store.close();
  }
}
