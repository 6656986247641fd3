import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../src/pipeline/buildKnowledgeBase.js';
import { contentHash } from '../src/pipeline/contentHash.js';
import { tempDir } from '../test/support/paths.js';
import { startTestServer, type TestServer } from '../test/support/testServer.js';
import { median, round } from './stats.js';

/** ms from a change on disk until /readyz serves an index built from exactly that content. */
async function untilServed(server: TestServer): Promise<number> {
  const started = performance.now();
  const onDisk = contentHash(server.contentDir);
  let resets = 0;
  for (;;) {
    try {
      const body = (await server.get('/readyz')).body as { contentHash: string };
      if (body.contentHash === onDisk) return performance.now() - started;
    } catch (error) {
      // Server and client share this thread: after the baseline build blocks it for seconds,
      // the server's keep-alive timer closes the idle socket just as the next poll reuses it.
      // That reset is the bench's own doing; the poll goes on, on a new connection.
      if (++resets > 3) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * `kb serve --watch` on the sample content: change → new index serving, for an edit written
 * in place, a rename-save (`sed -i`) and the folder moved away, changed and moved back.
 * Baseline: the build of the same content in process (what a rebuild cannot go below).
 */
export async function benchWatch(runs: number) {
  const server = await startTestServer({ watch: true });
  const file = join(server.contentDir, 'fees', 'fees-intermediary-deduction.en.md');
  const edit = (word: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, `\n---\n${word}\n`));
  const times: Record<'in_place' | 'sed_i' | 'folder_moved_back', number[]> = { in_place: [], sed_i: [], folder_moved_back: [] };
  const builds: number[] = [];
  try {
    // A first change warms the build thread, as the first edit after start does.
    edit('warm');
    await untilServed(server);
    for (let i = 0; i < runs; i++) {
      edit(`inplace${i}`);
      times.in_place.push(await untilServed(server));
      execFileSync('sed', ['-i', `s/^inplace${i}$/sed${i}/`, file]);
      times.sed_i.push(await untilServed(server));
      renameSync(server.contentDir, `${server.contentDir}-away`);
      writeFileSync(join(`${server.contentDir}-away`, 'fees', 'fees-intermediary-deduction.en.md'), readFileSync(join(`${server.contentDir}-away`, 'fees', 'fees-intermediary-deduction.en.md'), 'utf8').replace(`sed${i}`, `moved${i}`));
      renameSync(`${server.contentDir}-away`, server.contentDir);
      times.folder_moved_back.push(await untilServed(server));
      const out = join(tempDir('kb-bench-watch-'), 'kb.sqlite');
      const started = performance.now();
      buildKnowledgeBase({ contentDir: server.contentDir, outFile: out });
      builds.push(performance.now() - started);
    }
  } finally {
    await server.close();
  }
  const base = median(builds);
  return {
    changes: runs * 3,
    ...Object.fromEntries(Object.entries(times).map(([k, v]) => [`${k}_median_ms`, round(median(v))])),
    max_ms: round(Math.max(...Object.values(times).flat())),
    baseline_build_in_process_ms: round(base),
    ratio_in_place: round(median(times.in_place) / base),
  };
}
