/**
 * The public benchmark sets as FAQ tasks (see ../shared/benchmarks/README.md), shared by
 * `bench:external` (reports test parts) and `tuneRelevance` (train and dev parts only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { indexDoc } from '../../src/index/documents.js';
import { compileIndex } from '../../src/index/compiledIndex.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import type { CompiledArticle, Locale } from '../../src/types.js';

export interface Case {
  query: string;
  expected: string[];
}

/** Minimal CSV reader for these files: quoted fields with "" escapes, a BOM, CRLF or LF. */
export function readCsv(file: string): string[][] {
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

export function entry(id: string, locale: Locale, title: string, questions: string[]): CompiledArticle {
  return {
    id, locale, title, questions, file: `${id}.${locale}.md`, category: 'benchmark', tags: [], visibility: 'public', owner: '', reviewed: '2026-01-01',
    reviewEveryDays: 3650, escalateTo: '', promise: '', related: [], answer: title, sections: [],
  };
}

/** An in-memory knowledge base over `articles`, built with the product's own analysis and index. */
export function knowledgeBase(articles: CompiledArticle[]): KnowledgeBase {
  const config = { synonyms: { groups: [], terms: [] }, userWords: [] };
  const indexing = new Analyzer(config);
  const texts = articles.flatMap((a) => [a.title, ...a.questions]);
  const index = compileIndex(articles.map((a) => indexDoc([a], 'agent', indexing)));
  return KnowledgeBase.fromData({
    info: { formatVersion: 0, packageVersion: '', contentHash: '', builtAt: '', articles: articles.length, files: 0, locales: [], warnings: 0, durationMs: 0 },
    analyzer: { ...config, vocabulary: indexing.vocabulary(texts, texts) },
    categories: [],
    articles,
    indexes: { agent: index, public: index },
  });
}

const intentId = (intent: string) => intent.replace(/_/g, '-');

/** BANKING77 rows `[text, intent]` of one part. */
export function banking77Rows(dir: string, part: 'train' | 'test'): Array<[string, string]> {
  return readCsv(join(dir, 'banking77', `${part}.csv`)).map(([text, intent]) => [text!, intent!]);
}

/** Each intent an entry whose similar questions are `train`'s utterances; `queries` as cases. */
export function banking77Task(train: Array<[string, string]>, queries: Array<[string, string]>): { articles: CompiledArticle[]; cases: Case[] } {
  const byIntent = new Map<string, string[]>();
  for (const [text, intent] of train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
  const articles = [...byIntent].map(([intent, utterances]) => entry(intentId(intent), 'en', intent.replace(/_/g, ' '), utterances));
  return { articles, cases: queries.map(([text, intent]) => ({ query: text, expected: [intentId(intent)] })) };
}

/** BQ pairs joined into paraphrase groups: first-seen member is the entry, the rest are queries; loners are distractors. */
export function bqTask(dir: string, part: 'dev' | 'test'): { articles: CompiledArticle[]; cases: Case[] } {
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
  const articles: CompiledArticle[] = [];
  const cases: Case[] = [];
  for (const s of order.keys()) {
    const id = `q${order.get(s)}`;
    if (!parent.has(s) || find(s) === s) articles.push(entry(id, 'zh-CN', s, []));
    else cases.push({ query: s, expected: [`q${order.get(find(s))}`] });
  }
  return { articles, cases };
}
