/**
 * A build worker thread (see SyncWorkerPool): compiles article files and analyses
 * compiled articles, the per-file work of a build, exactly as the build's own thread
 * would (same functions), so a build's output does not depend on where a file was done.
 */
import { Analyzer, type AnalyzerConfig } from '../analysis/analyzer.js';
import type { CompiledArticle } from '../types.js';
import { compileFile } from './compileContent.js';
import { analyseFile } from './fileWork.js';
import { serveJobs } from './poolWorker.js';

/** The analyzer of the current run's configuration (the same object for every batch of a run). */
let analyzer: { config: unknown; analyzer: Analyzer } | undefined;

function analyzerFor(config: unknown): Analyzer {
  if (analyzer?.config !== config) analyzer = { config, analyzer: new Analyzer(config as AnalyzerConfig) };
  return analyzer!.analyzer;
}

serveJobs({
  // lineOf is a function and stays here: the build re-parses a file's front matter if lint needs its lines.
  compile: (file) => ({ ...compileFile(file as Parameters<typeof compileFile>[0]), lineOf: undefined }),
  analyse: (article, config) => analyseFile(article as CompiledArticle, analyzerFor(config)),
});
