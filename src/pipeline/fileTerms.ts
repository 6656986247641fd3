import { scopeFields, type AnalysedFields } from '../index/documents.js';
import { INDEX_FIELDS, WORD_FIELDS } from '../index/lunrIndex.js';
import { TermTable } from '../index/termTable.js';
import type { TextTerms } from '../relevance/textTerms.js';
import { grown } from '../shared/grownArray.js';
import { bytesOf, typedView } from '../shared/typedBytes.js';
import type { CompiledArticle, Scope } from '../types.js';

/**
 * An article file as the index and the relevance models need it: per scope, per field
 * (INDEX_FIELDS order), its terms as numbers, in order; and its texts for the models,
 * which are the agent fields' terms (title, questions, tags, body words, then the same
 * texts' bigrams) cut per text, so they share the agent fields' memory.
 */
export interface FileTerms extends Record<Scope, Uint32Array[]> {
  texts: TextTerms;
}

export function fileTerms(article: CompiledArticle, analysed: AnalysedFields, table: TermTable): FileTerms {
  const terms = (scope: Scope) => {
    const fields = scopeFields(article, analysed, scope);
    return INDEX_FIELDS.map((f) => table.ids(fields[f].flat()));
  };
  const agent = contiguous(terms('agent'));
  const texts = [analysed.title, ...analysed.questions, ...analysed.tags, ...analysed.sections];
  const lengths = new Uint32Array(2 * texts.length);
  texts.forEach((t, i) => ((lengths[i] = t.words.length), (lengths[texts.length + i] = t.grams.length)));
  // Only internal sections differ between the scopes.
  return { agent, public: article.sections.some((s) => s.kind === 'internal') ? terms('public') : agent, texts: textTerms(agent, lengths) };
}

/**
 * The term numbers of the thread that analyses articles (a worker): one table for all its
 * articles, so it sends each term once, and the build's thread renumbers a term it has
 * seen from that thread by an array lookup instead of hashing the string again.
 */
export interface ThreadTerms {
  /** Names this table among every thread's (see LocalNumbering). */
  id: string;
  table: TermTable;
}

/** An article's FileTerms numbered by the term table of the thread that analysed it. */
export interface LocalFileTerms {
  terms: FileTerms;
  /** The ThreadTerms id. */
  table: string;
  /** The terms this article added to that table, in number order. */
  tokens: string[];
}

export function localFileTerms(article: CompiledArticle, analysed: AnalysedFields, terms: ThreadTerms): LocalFileTerms {
  const before = terms.table.size;
  return { terms: fileTerms(article, analysed, terms.table), table: terms.id, tokens: terms.table.terms.slice(before) };
}

/** What the build's thread knows of one ThreadTerms table: its terms, and the build's number of each (-1: not met yet). */
export class LocalNumbering {
  private readonly terms: string[] = [];
  private global = new Int32Array(1024).fill(-1);

  /**
   * `local` renumbered in place by the build's `table`, as fileTerms with that table would
   * have numbered it: the article's terms are met in the same order (agent fields, then
   * public ones), and a term new to the build gets the next number then. The articles of
   * one ThreadTerms table must come in the order that thread analysed them (the pool hands
   * results over in item order, and gives each worker its batches in that order).
   */
  renumber(local: LocalFileTerms, table: TermTable): FileTerms {
    for (const t of local.tokens) this.terms.push(t);
    if (this.global.length < this.terms.length) {
      const known = this.global.length;
      this.global = grown(this.global, this.terms.length).fill(-1, known);
    }
    const renumber = (a: Uint32Array) => {
      for (let i = 0; i < a.length; i++) {
        let g = this.global[a[i]!]!;
        if (g < 0) this.global[a[i]!] = g = table.id(this.terms[a[i]!]!);
        a[i] = g;
      }
    };
    const { agent, texts } = local.terms;
    // The agent fields and the texts are views of one array (see contiguous): renumbered once, whole.
    renumber(new Uint32Array(agent[0]!.buffer, agent[0]!.byteOffset, texts.words.length + texts.grams.length));
    if (local.terms.public !== agent) local.terms.public.forEach(renumber);
    return local.terms;
  }
}

/**
 * The cache's form: little-endian uint32s, [scopes, length of each field (per scope),
 * then the terms, then the texts' lengths]; `scopes` is 1 when the public fields are the agent's.
 */
export function encodeFileTerms(t: FileTerms): Buffer {
  const parts = t.public === t.agent ? [t.agent] : [t.agent, t.public];
  const fields = parts.flat();
  const out = new Uint32Array(1 + fields.length + fields.reduce((n, f) => n + f.length, 0) + t.texts.lengths.length);
  out[0] = parts.length;
  let at = 1 + fields.length;
  fields.forEach((f, i) => {
    out[1 + i] = f.length;
    out.set(f, at);
    at += f.length;
  });
  out.set(t.texts.lengths, at);
  return bytesOf(out);
}

export function decodeFileTerms(b: Buffer): FileTerms {
  const all = typedView(b, Uint32Array);
  const F = INDEX_FIELDS.length;
  const scopes = all[0]!;
  const fields: Uint32Array[] = [];
  let at = 1 + scopes * F;
  for (let i = 0; i < scopes * F; i++) {
    fields.push(all.subarray(at, at + all[1 + i]!));
    at += all[1 + i]!;
  }
  const agent = fields.slice(0, F);
  return { agent, public: scopes === 1 ? agent : fields.slice(F), texts: textTerms(agent, all.subarray(at)) };
}

/** The fields as subarrays of one array, in order (the texts' words and bigrams are then views of it). */
function contiguous(fields: Uint32Array[]): Uint32Array[] {
  const all = new Uint32Array(fields.reduce((n, f) => n + f.length, 0));
  let at = 0;
  return fields.map((f) => {
    all.set(f, at);
    return all.subarray(at, (at += f.length));
  });
}

/** The texts over the agent fields, which lie one after the other in memory, word fields first. */
function textTerms(agent: Uint32Array[], lengths: Uint32Array): TextTerms {
  const first = agent[0]!;
  const words = agent.slice(0, WORD_FIELDS.length).reduce((n, f) => n + f.length, 0);
  const grams = agent.slice(WORD_FIELDS.length).reduce((n, f) => n + f.length, 0);
  const span = new Uint32Array(first.buffer, first.byteOffset, words + grams);
  return { words: span.subarray(0, words), grams: span.subarray(words), lengths };
}

if (INDEX_FIELDS.slice(0, WORD_FIELDS.length).join() !== WORD_FIELDS.join()) throw new Error('fileTerms: the index fields must start with the word fields');
