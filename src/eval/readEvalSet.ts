import { parseTranscript, type Turn } from '../assist/transcript.js';
import { readInputFile } from '../content/readTextFile.js';
import { KbError } from '../errors.js';

export interface EvalCase {
  /** 1-based line in the file. */
  line: number;
  /** The query; for a transcript, its last customer turn (for reports). */
  query: string;
  /** Set for `{"transcript": [...]}` lines: ranked by agent assist instead of search. */
  transcript?: Turn[];
  /** Empty for an out-of-scope query: nothing should be a confident answer. */
  expected: string[];
}

/**
 * Reads a JSON Lines evaluation set: one `{"query": "...", "expected": ["id", ...]}` or
 * `{"transcript": [{speaker, text}, ...], "expected": [...]}` per line (`"expected": []`
 * marks an out-of-scope query), other fields ignored, blank lines skipped. Any invalid line is an error naming it.
 */
export function readEvalSet(file: string): EvalCase[] {
  const text = readInputFile(file, 'eval');
  const cases: EvalCase[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const bad = (what: string) => new KbError('eval.bad-line', `eval: ${file}:${line}: ${what}`, 'each line must be {"query": "...", "expected": [...]} or {"transcript": [{"speaker", "text"}, ...], "expected": [...]}');
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw bad(`invalid JSON (${(err as Error).message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad('not a JSON object');
    const { query, transcript, expected } = value as Record<string, unknown>;
    if (!Array.isArray(expected) || !expected.every((e) => typeof e === 'string')) throw bad('"expected" must be an array of article ids ([] for an out-of-scope query)');
    if (transcript !== undefined) {
      let turns: Turn[];
      try {
        turns = parseTranscript(transcript);
      } catch (err) {
        throw bad((err as Error).message);
      }
      if (!turns.length) throw bad('"transcript" has no turns');
      const last = [...turns].reverse().find((t) => t.speaker === 'customer') ?? turns[turns.length - 1]!;
      cases.push({ line, query: last.text, transcript: turns, expected: expected as string[] });
      return;
    }
    if (typeof query !== 'string' || query.trim() === '') throw bad('"query" must be a non-empty string (or give "transcript")');
    cases.push({ line, query, expected: expected as string[] });
  });
  if (!cases.length) throw new KbError('eval.empty', `eval: ${file} has no queries`);
  return cases;
}
