import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { currentBuild } from '../pipeline/currentBuild.js';
import { formatDiagnostic, KbError } from '../errors.js';
import { KnowledgeBase } from '../query/knowledgeBase.js';
import { readBuildInfo } from '../store/indexFile.js';
import type { Scope } from '../types.js';
import { DEFAULT_CONTENT, DEFAULT_INDEX } from './defaults.js';
import type { CliIo } from './io.js';

export interface IndexOptions {
  index: string;
  content: string;
}

export interface IndexPaths {
  indexFile: string;
  contentDir: string;
}

/**
 * The absolute index and content paths of a command, checked: a `--content` folder given
 * on the command line must exist (without it, a missing ./content just means "use the
 * built index"), and an `--index` file must be in an existing folder: only the default
 * `.kb/` is created, so a typo never builds an index somewhere unexpected. Without
 * `--content`, the content is the folder the index was built from while that folder
 * exists: `kb search --index big.sqlite` rebuilt a 20,000-article index from ./content,
 * 46 articles, over the file it was asked to read.
 */
export function indexPaths(io: CliIo, opts: IndexOptions, command: Command): IndexPaths {
  const givenContent = command.getOptionValueSource('content') === 'cli';
  const indexFile = resolve(io.cwd, opts.index);
  const contentDir = givenContent ? resolve(io.cwd, opts.content) : (builtFrom(indexFile) ?? resolve(io.cwd, opts.content));
  if (givenContent && !isFolder(contentDir)) {
    throw new KbError('content.not-found', `content: folder not found: ${contentDir}`, `check the --content path; leave it out to use the folder the index was built from (or ./${DEFAULT_CONTENT})`);
  }
  const folder = dirname(indexFile);
  if (indexFile !== resolve(io.cwd, DEFAULT_INDEX) && !isFolder(folder)) {
    throw new KbError('index.folder-not-found', `index: folder not found: ${folder} (for --index ${opts.index})`, `create the folder first, or leave --index out to use ${DEFAULT_INDEX}`);
  }
  return { indexFile, contentDir };
}

/** The content folder `indexFile` was built from, when it records one that still exists. */
function builtFrom(indexFile: string): string | undefined {
  const dir = readBuildInfo(indexFile)?.contentDir;
  return dir && isFolder(dir) ? dir : undefined;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Opens the index for search/eval/assist with the indexes of `scopes` only, rebuilding it
 * first when the content changed (see ensureIndex).
 */
export async function openIndex(io: CliIo, opts: IndexOptions, command: Command, scopes?: readonly Scope[]): Promise<KnowledgeBase> {
  return KnowledgeBase.open((await ensureIndex(io, opts, command)).indexFile, scopes);
}

/**
 * The checked index file and its content folder (see indexPaths), the index rebuilt first
 * when the content changed. If the changed content has errors, says so on stderr and keeps
 * the last good build.
 */
export async function ensureIndex(io: CliIo, opts: IndexOptions, command: Command): Promise<IndexPaths> {
  const paths = indexPaths(io, opts, command);
  const { indexFile, contentDir } = paths;
  if (currentBuild({ contentDir, outFile: indexFile })) return paths;
  // The build code and the progress bar load only when a build is needed.
  const [{ ensureBuilt }, { progressReporter }] = await Promise.all([import('../pipeline/ensureBuilt.js'), import('./progress.js')]);
  const progress = progressReporter(io);
  let result;
  try {
    result = ensureBuilt({ contentDir, outFile: indexFile, onProgress: progress.onProgress });
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
  return paths;
}
