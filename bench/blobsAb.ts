/**
 * What a `kb serve` start waits for at 20,000 articles, alone: the agent scope's blobs read
 * as its thread reads them (`readScopeBlobs`), by two checkouts, each from its own build,
 * in fresh processes (a start's memory is fresh: on the machines measured, its first
 * touch is most of the read), interleaved. Prints each part's bytes per side and the
 * medians of the read's wall time, its minor page faults and its system CPU time.
 *
 *   node dist/bench/blobsAb.js --baseline ROOT --baseline-index A.sqlite --index B.sqlite [--runs 9]
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as IndexFile from '../src/store/indexFile.js';
import { median, round } from './stats.js';
import { ROOT } from './startServerProcess.js';

interface Read {
  ms: number;
  faults: number;
  systemMs: number;
  /** Bytes of each part (`index.docs`, `relevance.allTerms`, ...). */
  parts: Record<string, number>;
}

const { values } = parseArgs({
  options: { baseline: { type: 'string' }, 'baseline-index': { type: 'string' }, index: { type: 'string' }, runs: { type: 'string', default: '9' }, read: { type: 'string' } },
});

if (values.read) {
  // A child: `--read ROOT --index FILE`, with ROOT's own reader.
  const { openIndexFile, readScopeBlobs } = (await import(join(resolve(values.read), 'dist/src/store/indexFile.js'))) as typeof IndexFile;
  const db = openIndexFile(values.index!);
  const before = process.resourceUsage();
  const started = performance.now();
  const blobs = readScopeBlobs(db, 'agent');
  const ms = performance.now() - started;
  const after = process.resourceUsage();
  const parts: Record<string, number> = {};
  for (const [kind, of] of Object.entries(blobs)) for (const [part, b] of Object.entries(of as Record<string, Buffer>)) parts[`${kind}.${part}`] = b.length;
  const read: Read = { ms, faults: after.minorPageFault - before.minorPageFault, systemMs: (after.systemCPUTime - before.systemCPUTime) / 1000, parts };
  process.stdout.write(JSON.stringify(read));
  process.exit(0);
}

const USAGE = 'usage: node dist/bench/blobsAb.js --baseline ROOT --baseline-index A.sqlite --index B.sqlite [--runs 9]';
if (!values.baseline || !values['baseline-index'] || !values.index) throw new Error(USAGE);
const sides = [
  { name: 'baseline', root: values.baseline, index: values['baseline-index'], reads: [] as Read[] },
  { name: 'this', root: ROOT, index: values.index, reads: [] as Read[] },
];
const script = join(ROOT, 'dist/bench/blobsAb.js');
for (let run = 0; run < Number(values.runs); run++) {
  for (const side of run % 2 ? [...sides].reverse() : sides) {
    side.reads.push(JSON.parse(execFileSync(process.execPath, [script, '--read', side.root, '--index', side.index], { encoding: 'utf8' })) as Read);
  }
}
const summary = (reads: Read[]) => {
  const parts = reads[0]!.parts;
  return {
    mb: round(Object.values(parts).reduce((a, b) => a + b, 0) / 1e6, 1),
    ms: round(median(reads.map((r) => r.ms)), 0),
    faults: round(median(reads.map((r) => r.faults)), 0),
    systemMs: round(median(reads.map((r) => r.systemMs)), 0),
    parts: Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, round(n / 1e6, 2)])),
  };
};
const [base, mine] = sides.map((s) => summary(s.reads)) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
console.log(JSON.stringify({
  runs: Number(values.runs),
  baseline: { root: values.baseline, ...base },
  this: mine,
  ratio: { mb: round(mine.mb / base.mb), ms: round(mine.ms / base.ms), faults: round(mine.faults / base.faults), systemMs: round(mine.systemMs / base.systemMs) },
}, null, 1));
