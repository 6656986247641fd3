/**
 * The engines the compiled index is compared with, each fed the same analysed documents
 * (kb's IndexDoc: analysed words and Chinese bigrams per field) and the same analysed
 * queries, so the comparison is of the index and ranking, not of the analysis.
 */
import Database from 'better-sqlite3';
import type lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import type { IndexDoc } from '../../src/index/documents.js';
import { buildLunrIndex, FIELD_BOOSTS, INDEX_FIELDS } from '../../src/index/lunrIndex.js';
import { queryClauses } from '../../src/query/search.js';
import { lunrQuery } from '../../test/support/lunrReference.js';

export interface PeerEngine {
  name: string;
  /** Article ids, best first. */
  search(analysis: QueryAnalysis, limit: number): string[];
  close?(): void;
}

/** Analysed terms never hold this character: it joins them into one string per field. */
const SEP = '\u0001';
const queryTerms = (a: QueryAnalysis) => [...a.terms.map((t) => t.term), ...a.grams.map((g) => g.gram)];

export function miniSearch(docs: IndexDoc[]): PeerEngine {
  const ms = new MiniSearch<Record<string, string>>({
    idField: 'id',
    fields: INDEX_FIELDS,
    tokenize: (s) => s.split(SEP).filter(Boolean),
    processTerm: (t) => t,
  });
  ms.addAll(docs.map((d) => Object.fromEntries([['id', d.id], ...INDEX_FIELDS.map((f) => [f, d[f].join(SEP)])])));
  return {
    name: 'MiniSearch',
    search: (a, limit) => {
      const prefix = a.partial?.prefix;
      return ms
        .search(queryTerms(a).concat(prefix ? [prefix] : []).join(SEP), { boost: FIELD_BOOSTS, prefix: (term) => term === prefix, tokenize: (s) => s.split(SEP).filter(Boolean), processTerm: (t) => t })
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}

export function sqliteFts5(docs: IndexDoc[]): PeerEngine {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, ${INDEX_FIELDS.join(', ')}, tokenize = 'unicode61 remove_diacritics 0')`);
  const insert = db.prepare(`INSERT INTO docs VALUES (?, ${INDEX_FIELDS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (const d of docs) insert.run(d.id, ...INDEX_FIELDS.map((f) => d[f].join(' ')));
  })();
  const weights = INDEX_FIELDS.map((f) => FIELD_BOOSTS[f]).join(', ');
  const select = db.prepare(`SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, ${weights}) LIMIT ?`).pluck();
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  return {
    name: 'SQLite FTS5',
    search: (a, limit) => {
      const terms = queryTerms(a).map(quote);
      if (a.partial) terms.push(`${quote(a.partial.prefix)} *`);
      return terms.length ? (select.all(terms.join(' OR '), limit) as string[]) : [];
    },
    close: () => db.close(),
  };
}

export function lunrItself(docs: IndexDoc[]): PeerEngine {
  const index: lunr.Index = buildLunrIndex(docs);
  return {
    name: 'lunr',
    search: (a, limit) => lunrQuery(index, queryClauses(a)).slice(0, limit).map((r) => r.ref),
  };
}
