import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './startServerProcess.js';

/** The dev set's typed queries (test/fixtures/queries.dev.jsonl), in file order: what the in-process benches search. */
export function devQueries(): string[] {
  return readFileSync(join(ROOT, 'test/fixtures/queries.dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { query: string }).query);
}
