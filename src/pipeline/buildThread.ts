/**
 * A build worker thread (see SyncWorkerPool): compiles article files and analyses
 * compiled articles, the per-file work of a build, exactly as the build's own thread
 * would (same functions), so a build's output does not depend on where a file was done.
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { Analyzer, type AnalyzerConfig } from '../analysis/analyzer.js';
import { analyseArticle } from '../index/analysedArticle.js';
import type { CompiledArticle } from '../types.js';
import { compileFile } from './compileContent.js';
import type { WorkerAnswer, WorkerTask } from './syncWorkerPool.js';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
/** The shared value of the current run (see WorkerTask: it comes with a worker's first batch of a run), and the analyzer made from it. */
let current: { run: number; shared: unknown; analyzer?: Analyzer } | undefined;

function analyzerFor(): Analyzer {
  return (current!.analyzer ??= new Analyzer(current!.shared as AnalyzerConfig));
}

const jobs: Record<string, (item: unknown) => unknown> = {
  // lineOf is a function and stays here: the build re-parses a file's front matter if lint needs its lines.
  compile: (file) => ({ ...compileFile(file as Parameters<typeof compileFile>[0]), lineOf: undefined }),
  analyse: (article) => analyseArticle(article as CompiledArticle, analyzerFor()),
};

parentPort!.on('message', (task: WorkerTask) => {
  let answer: WorkerAnswer;
  try {
    const job = jobs[task.job];
    if (!job) throw new Error(`unknown job ${task.job}`);
    if (current?.run !== task.run) current = { run: task.run, shared: task.shared };
    answer = { start: task.start, results: task.items.map((item) => job(item)) };
  } catch (err) {
    answer = { start: task.start, error: (err as Error).stack ?? String(err) };
  }
  port.postMessage(answer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
