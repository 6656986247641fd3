/**
 * `npm run bench:external [-- DIR]`: retrieval quality on public FAQ-style data sets, as a
 * check of the analysis and ranking outside our own content. DIR (default
 * ../shared/benchmarks) holds banking77/ and bq_corpus/ as described in its README; the
 * data is read from there and never copied into this project. Nothing in the engine is
 * tuned on these sets.
 *
 *   BANKING77 (English): each intent is an entry whose similar questions are its train
 *   utterances; each test utterance is a query. BQ corpus (Chinese): label-1 pairs are
 *   joined into paraphrase groups; the sentence of a group seen first in the file is the
 *   entry, the others are queries; sentences in no group are distractor entries.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Analyzer } from '../src/analysis/analyzer.js';
import { evaluate } from '../src/eval/evaluate.js';
import { indexDoc } from '../src/index/documents.js';
import { compileIndex } from '../src/index/compiledIndex.js';
import { KnowledgeBase } from '../src/query/knowledgeBase.js';
import { search } from '../src/query/search.js';
import type { CompiledArticle, Locale } from '../src/types.js';

const dir = resolve(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'benchmarks'));

/** Minimal CSV reader for these files: quoted fields with "" escapes, a BOM, CRLF or LF. */
function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.slice(1).filter((r) => r.some((f) => f !== ''));
}

function entry(id: string, locale: Locale, title: string, questions: string[]): CompiledArticle {
  return {
    id, locale, title, questions, file: `${id}.${locale}.md`, category: 'benchmark', tags: [], visibility: 'public', owner: '', reviewed: '2026-01-01',
    reviewEveryDays: 3650, escalateTo: '', promise: '', related: [], answer: title, sections: [],
  };
}

/** An in-memory knowledge base over `articles`, built with the product's own analysis and index. */
function knowledgeBase(articles: CompiledArticle[]): KnowledgeBase {
  const config = { synonyms: { groups: [], terms: [] }, userWords: [] };
  const indexing = new Analyzer(config);
  const texts = articles.flatMap((a) => [a.title, ...a.questions]);
  const index = compileIndex(articles.map((a) => indexDoc([a], 'agent', indexing)));
  return new KnowledgeBase({
    info: { formatVersion: 0, packageVersion: '', contentHash: '', builtAt: '', articles: articles.length, files: 0, locales: [], warnings: 0, durationMs: 0 },
    analyzer: { ...config, vocabulary: indexing.vocabulary(texts, texts) },
    categories: [],
    articles,
    indexes: { agent: index, public: index },
  });
}

function report(name: string, kb: KnowledgeBase, cases: Array<{ query: string; expected: string[] }>) {
  const started = performance.now();
  const r = evaluate(cases, (c) => search(kb, c.query, { limit: 10, cache: false }).hits.map((h) => h.id));
  return { set: name, entries: kb.ids('agent').length, queries: r.queries, recall_at_1: r.recall_at_1, recall_at_3: r.recall_at_3, mrr: r.mrr, p50_ms: r.p50_ms, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

function banking77() {
  const byIntent = new Map<string, string[]>();
  for (const [text, intent] of readCsv(join(dir, 'banking77', 'train.csv'))) byIntent.set(intent!, [...(byIntent.get(intent!) ?? []), text!]);
  const id = (intent: string) => intent.replace(/_/g, '-');
  const kb = knowledgeBase([...byIntent].map(([intent, utterances]) => entry(id(intent), 'en', intent.replace(/_/g, ' '), utterances)));
  const cases = readCsv(join(dir, 'banking77', 'test.csv')).map(([text, intent]) => ({ query: text!, expected: [id(intent!)] }));
  return report('banking77 test', kb, cases);
}

function bq(part: 'dev' | 'test') {
  const rows = readCsv(join(dir, 'bq_corpus', `${part}.csv`));
  const order = new Map<string, number>();
  for (const [a, b] of rows) for (const s of [a!, b!]) if (!order.has(s)) order.set(s, order.size);
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let root = s;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(s, root);
    return root;
  };
  for (const [a, b, label] of rows) {
    if (label !== '1') continue;
    for (const s of [a!, b!]) if (!parent.has(s)) parent.set(s, s);
    const [ra, rb] = [find(a!), find(b!)];
    // The root is the member seen first in the file: it becomes the entry.
    if (ra !== rb) (order.get(ra)! < order.get(rb)! ? parent.set(rb, ra) : parent.set(ra, rb));
  }
  const groups = new Map<string, string[]>();
  for (const s of parent.keys()) groups.set(find(s), [...(groups.get(find(s)) ?? []), s]);
  const articles: CompiledArticle[] = [];
  const cases: Array<{ query: string; expected: string[] }> = [];
  for (const s of order.keys()) {
    const id = `q${order.get(s)}`;
    if (!parent.has(s)) articles.push(entry(id, 'zh-CN', s, []));
    else if (find(s) === s) articles.push(entry(id, 'zh-CN', s, []));
    else cases.push({ query: s, expected: [`q${order.get(find(s))}`] });
  }
  return report(`bq_corpus ${part}`, knowledgeBase(articles), cases);
}

const results = [banking77(), bq('dev'), bq('test')];
process.stdout.write(`${JSON.stringify({ data: dir, results }, null, 2)}\n`);
