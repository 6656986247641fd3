/**
 * `node dist/scripts/hanCorrections.js INDEX FILE...`: every Chinese spelling correction the
 * analyzer adds to the queries of query sets (JSON Lines as `kb eval` reads them; each line
 * of a transcript counts as a query), one line per query that gets any, then how often each
 * corrected word was added. For judging by eye which corrections fix a typo and which are
 * noise (a homophone of words written right).
 */
import { readFileSync } from 'node:fs';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';

const [index, ...files] = process.argv.slice(2);
if (!index || !files.length) {
  process.stderr.write('usage: node dist/scripts/hanCorrections.js INDEX FILE...\n');
  process.exit(2);
}
const kb = KnowledgeBase.open(index);
const counts = new Map<string, number>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const entry = JSON.parse(line) as { query?: string; transcript?: Array<{ text: string }> };
    for (const text of entry.query !== undefined ? [entry.query] : (entry.transcript ?? []).map((t) => t.text)) {
      const words = kb.analyzer.analyzeQuery(text).terms.filter((t) => t.kind === 'corrected' && /\p{Script=Han}/u.test(t.term)).map((t) => t.term);
      if (!words.length) continue;
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      process.stdout.write(`${text}\t→ ${words.join(' ')}\n`);
    }
  }
}
process.stdout.write(`\n${[...counts].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`).join('\n')}\n`);
