import lunr from 'lunr';
import type { Clause } from '../../src/index/clause.js';

/** lunr's own answer to `clauses`: the reference the compiled index must equal. */
export function lunrQuery(index: lunr.Index, clauses: readonly Clause[]): lunr.Index.Result[] {
  return index.query((q) => {
    for (const c of clauses) {
      q.term(c.term, { fields: [...c.fields], boost: c.boost, usePipeline: false, wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
    }
  });
}
