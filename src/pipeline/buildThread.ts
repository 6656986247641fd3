/**
 * A build worker thread (see SyncWorkerPool): compiles article files and analyses
 * compiled articles, the per-file work of a build, exactly as the build's own thread
 * would (same functions), so a build's output does not depend on where a file was done.
 */
import { threadId } from 'node:worker_threads';
import { Analyzer, type AnalyzerConfig } from '../analysis/analyzer.js';
import { TermTable } from '../index/termTable.js';
import type { CompiledArticle } from '../types.js';
import { compileFile } from './compileContent.js';
import type { ThreadTerms } from './fileTerms.js';
import { analyseFile } from './fileWork.js';
import { serveJobs } from './poolWorker.js';

/** The analyzer of the configuration the pool sent (the same object until it sends another), and this thread's term numbers under it. */
let analysis: { config: unknown; analyzer: Analyzer; terms: ThreadTerms } | undefined;
let tables = 0;

function analysisFor(config: unknown): NonNullable<typeof analysis> {
  if (analysis?.config !== config) analysis = { config, analyzer: new Analyzer(config as AnalyzerConfig), terms: { id: `${threadId}/${++tables}`, table: new TermTable() } };
  return analysis!;
}

serveJobs({
  // lineOf is a function and stays here: the build re-parses a file's front matter if lint needs its lines.
  compile: (file) => ({ ...compileFile(file as Parameters<typeof compileFile>[0]), lineOf: undefined }),
  analyse: (article, config) => {
    const { analyzer, terms } = analysisFor(config);
    return analyseFile(article as CompiledArticle, analyzer, terms);
  },
});
