/**
 * What every developer script does with its command line before its work: answer -h /
 * --help with its usage, and find the public benchmark data or say where it looked.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** With -h or --help among the arguments, prints `usage` and exits 0. */
export function answerHelp(usage: string): void {
  if (!process.argv.slice(2).some((a) => a === '-h' || a === '--help')) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}

/**
 * The folder of the public benchmark data (banking77/, bq_corpus/): `given`, else
 * ../shared/benchmarks (from the project folder) or ../../shared/benchmarks (from a
 * worktree beside it), whichever holds the data. Exits 2 naming where it looked when none
 * does, instead of failing on the first missing file.
 */
export function benchmarkDir(given: string | undefined, script: string): string {
  const candidates = (given ? [given] : ['../shared/benchmarks', '../../shared/benchmarks']).map((d) => resolve(d));
  const found = candidates.find((d) => existsSync(join(d, 'banking77')) || existsSync(join(d, 'bq_corpus')));
  if (found) return found;
  process.stderr.write(`${script}: no benchmark data (banking77/, bq_corpus/) in ${candidates.join(' or ')}\n  pass the folder that holds them, see ../shared/benchmarks/README.md\n`);
  process.exit(2);
}
