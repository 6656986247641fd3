/**
 * `node dist/bench/learnGain.js`: what `kb learn` gains. Replays the training paraphrases
 * (test/fixtures/queries.learn-train.jsonl) as agent traffic, learns, rebuilds, and reports
 * Recall@1 / MRR on different paraphrases (queries.learn-eval.jsonl) and on the dev set,
 * before and after. Also part of `npm run bench`.
 */
import { measureLearning } from '../test/support/learnReplay.js';
import { removeTempDirs } from '../test/support/paths.js';

const { applied, ...figures } = await measureLearning();
removeTempDirs();
process.stdout.write(`${JSON.stringify({ ...figures, learnt: applied.map((p) => `${p.articleId} [${p.locale}] ${p.question} ×${p.count}`) }, null, 2)}\n`);
