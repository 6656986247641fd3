/**
 * Proves a performance change left results alone: this checkout's search and agent assist
 * against another checkout's (`--baseline`, built with `npm run -s compile`), in one
 * process over the same index file, compared as JSON (hits with their scores, confidences,
 * snippets and matched questions; matched terms; `confident`). Each typed query runs in
 * both scopes, in each locale and the query's own, with the default limit, with limit 3
 * and in the category of its first hit (hits skipped: the ranking goes past its first
 * cut); each transcript through `assist` in both scopes. Prints one line per difference
 * and exits 1 if there is any.
 *
 *   node dist/scripts/sameResults.js --baseline ROOT --index FILE --queries A.jsonl,B.jsonl [--max N]
 *     [--baseline-index FILE]
 *
 * `--max`: at most N lines per file (evenly spread), for the large generated query files.
 * `--baseline-index`: the baseline reads this file instead, when the change is to the file's
 * format (each side then reads a build of the same content by its own code).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as hereAssist from '../src/assist/assist.js';
import type { Turn } from '../src/assist/transcript.js';
import { parseTranscript } from '../src/assist/transcript.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import * as hereSearch from '../src/query/search.js';
import { LOCALES, SCOPES, type Locale } from '../src/types.js';

interface Side {
  kb: KnowledgeBase;
  search: typeof hereSearch.search;
  assist: typeof hereAssist.assist;
}

interface Line {
  query?: string;
  transcript?: Turn[];
}

const USAGE = 'usage: node dist/scripts/sameResults.js --baseline ROOT --index FILE --queries A.jsonl,B.jsonl [--max N] [--baseline-index FILE]\n';
const { values } = parseArgs({ options: { baseline: { type: 'string' }, index: { type: 'string' }, queries: { type: 'string' }, max: { type: 'string' }, 'baseline-index': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.baseline || !values.index || !values.queries) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const root = resolve(values.baseline);
const baseKb = (await import(join(root, 'dist/src/query/knowledgeBase.js'))) as { KnowledgeBase: typeof KnowledgeBase };
const base: Side = {
  kb: baseKb.KnowledgeBase.open(values['baseline-index'] ?? values.index),
  search: ((await import(join(root, 'dist/src/query/search.js'))) as typeof hereSearch).search,
  assist: ((await import(join(root, 'dist/src/assist/assist.js'))) as typeof hereAssist).assist,
};
const here: Side = { kb: KnowledgeBase.open(values.index), search: hereSearch.search, assist: hereAssist.assist };

/** The file's lines, at most `max` of them evenly spread. */
function linesOf(file: string, max: number): Line[] {
  const all = readFileSync(file, 'utf8').trim().split('\n');
  const step = Math.max(1, all.length / max);
  const picked: Line[] = [];
  for (let i = 0; i < all.length && picked.length < max; i += step) picked.push(JSON.parse(all[Math.floor(i)]!) as Line);
  return picked;
}

/** What the comparison reads of a result: everything but the query's analysis (the analyzer's, which no search changes). */
function shown(result: object): string {
  const { analysis: _analysis, ...rest } = result as { analysis?: unknown };
  return JSON.stringify(rest);
}

let compared = 0;
const differences: string[] = [];
function compare(what: string, run: (side: Side) => object): void {
  compared++;
  const expected = shown(run(base));
  const actual = shown(run(here));
  if (actual !== expected) differences.push(`${what}\n  baseline: ${expected}\n  this:     ${actual}`);
}

function typed(query: string): void {
  for (const scope of SCOPES) {
    for (const locale of [undefined, ...LOCALES] as Array<Locale | undefined>) {
      compare(`${query} (${scope}, ${locale ?? 'own locale'})`, (s) => s.search(s.kb, query, { scope, locale, cache: false }));
    }
    compare(`${query} (${scope}, limit 3)`, (s) => s.search(s.kb, query, { scope, limit: 3, cache: false }));
    const category = here.search(here.kb, query, { scope, cache: false }).hits[0]?.category;
    if (category) compare(`${query} (${scope}, in ${category})`, (s) => s.search(s.kb, query, { scope, category, cache: false }));
  }
}

function call(turns: Turn[]): void {
  for (const scope of SCOPES) compare(`${JSON.stringify(turns).slice(0, 80)} (${scope})`, (s) => s.assist(s.kb, turns, { scope }) as object);
}

for (const file of values.queries.split(',')) {
  for (const line of linesOf(file, Number(values.max ?? Infinity))) {
    if (line.transcript) call(parseTranscript(line.transcript));
    else if (line.query) typed(line.query);
  }
}
for (const d of differences.slice(0, 20)) process.stdout.write(`${d}\n`);
process.stdout.write(`${JSON.stringify({ compared, differences: differences.length })}\n`);
process.exit(differences.length ? 1 : 0);
