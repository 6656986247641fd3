/**
 * One `kb build` in a process of its own, so the scale bench can report its peak RSS:
 * `node dist/bench/scale/buildChild.js CONTENT OUT` prints {"ms", "maxRssMiB", "analysed",
 * "reused", "workers"} (with the build cache beside OUT, as `kb build` does).
 */
import { buildKnowledgeBase } from '../../src/pipeline/buildKnowledgeBase.js';

const [contentDir, outFile] = process.argv.slice(2);
const started = performance.now();
const { stats } = buildKnowledgeBase({ contentDir: contentDir!, outFile: outFile! });
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...stats })}\n`);
