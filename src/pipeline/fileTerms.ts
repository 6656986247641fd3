import { scopeFields, type AnalysedFields } from '../index/documents.js';
import { INDEX_FIELDS } from '../index/lunrIndex.js';
import type { TermTable } from '../index/termTable.js';
import type { CompiledArticle, Scope } from '../types.js';

/** An article file as the index needs it: per scope, per field (INDEX_FIELDS order), its terms as numbers, in order. */
export type FileTerms = Record<Scope, Uint32Array[]>;

export function fileTerms(article: CompiledArticle, analysed: AnalysedFields, table: TermTable): FileTerms {
  const terms = (scope: Scope) => {
    const fields = scopeFields(article, analysed, scope);
    return INDEX_FIELDS.map((f) => table.ids(fields[f].flat()));
  };
  const agent = terms('agent');
  // Only internal sections differ between the scopes.
  return { agent, public: article.sections.some((s) => s.kind === 'internal') ? terms('public') : agent };
}

/**
 * The cache's form: little-endian uint32s, [scopes, length of each field (per scope),
 * then the terms]; `scopes` is 1 when the public fields are the agent's.
 */
export function encodeFileTerms(t: FileTerms): Buffer {
  const parts = t.public === t.agent ? [t.agent] : [t.agent, t.public];
  const fields = parts.flat();
  const out = new Uint32Array(1 + fields.length + fields.reduce((n, f) => n + f.length, 0));
  out[0] = parts.length;
  let at = 1 + fields.length;
  fields.forEach((f, i) => {
    out[1 + i] = f.length;
    out.set(f, at);
    at += f.length;
  });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

export function decodeFileTerms(b: Buffer): FileTerms {
  const all = b.byteOffset % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4) : new Uint32Array(new Uint8Array(b).buffer);
  const F = INDEX_FIELDS.length;
  const scopes = all[0]!;
  const fields: Uint32Array[] = [];
  let at = 1 + scopes * F;
  for (let i = 0; i < scopes * F; i++) {
    fields.push(all.subarray(at, at + all[1 + i]!));
    at += all[1 + i]!;
  }
  const agent = fields.slice(0, F);
  return { agent, public: scopes === 1 ? agent : fields.slice(F) };
}
