import type { IndexField } from './lunrIndex.js';

/**
 * One clause of a query, with lunr's meaning: `term` (already analysed, matched as is)
 * is looked up in `fields`, and each (term, field) it matches adds `boost` to that
 * field's query vector. A `prefix` clause matches every indexed term starting with
 * `term` (lunr's trailing wildcard), the term itself included.
 */
export interface Clause {
  term: string;
  fields: readonly IndexField[];
  boost: number;
  prefix: boolean;
}
