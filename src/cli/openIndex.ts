import { resolve } from 'node:path';
import { ensureBuilt } from '../build/ensureBuilt.js';
import { formatDiagnostic } from '../errors.js';
import { KnowledgeBase } from '../query/knowledgeBase.js';
import type { Scope } from '../types.js';
import type { CliIo } from './io.js';
import { progressReporter } from './progress.js';

export interface IndexOptions {
  index: string;
  content: string;
}

/**
 * Opens the index for search/eval with the indexes of `scopes` only, rebuilding it first
 * when the content changed (see ensureIndex).
 */
export function openIndex(io: CliIo, opts: IndexOptions, scopes?: readonly Scope[]): KnowledgeBase {
  return KnowledgeBase.open(ensureIndex(io, opts), scopes);
}

/**
 * The index file, rebuilt first when the content changed. If the changed content has
 * errors, says so on stderr and keeps the last good build.
 */
export function ensureIndex(io: CliIo, opts: IndexOptions): string {
  const outFile = resolve(io.cwd, opts.index);
  const progress = progressReporter(io);
  let result;
  try {
    result = ensureBuilt({ contentDir: resolve(io.cwd, opts.content), outFile, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  if (result.buildError) {
    const errors = result.buildError.diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) io.stderr.write(`${formatDiagnostic(d)}\n`);
    io.stderr.write(`kb: content has ${errors.length} error(s); using the last good build from ${result.info.builtAt}\n`);
  } else if (result.rebuilt) {
    io.stderr.write(`kb: index rebuilt (${result.info.articles} articles, ${(result.info.durationMs / 1000).toFixed(2)} s)\n`);
  }
  return outFile;
}
