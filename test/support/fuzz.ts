import { expect } from 'chai';
import fc from 'fast-check';
import { KbError } from '../../src/errors.js';

/**
 * Shared settings and inputs for the property-based tests (test/fuzz). A fixed seed keeps
 * the suite deterministic; `KB_FUZZ_SEED` and `KB_FUZZ_RUNS` (a multiplier) explore more
 * locally: `KB_FUZZ_RUNS=20 npm run test:one -- dist/test/fuzz/*.test.js`. On failure
 * fast-check prints the seed, the shrunk counterexample and the path to replay it.
 */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.KB_FUZZ_RUNS ?? 1);
  return { seed: Number(process.env.KB_FUZZ_SEED ?? 20261201), numRuns: Math.max(1, Math.round(numRuns * scale)), endOnFailure: false };
}

/** Characters that break naive text handling, each on purpose. */
const NASTY = [
  '\0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // NUL and lone surrogates
  '\u202E', '\u202B', '\u200F', '\u061C', 'مرحبا', 'שלום', // RTL overrides, marks and text
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', // zero-width and soft hyphen
  ':', '^', '~', '+', '-', '*', '\\', '"', "'", '`', // lunr query syntax and quoting
  '<', '>', '&', '<script>', '</mark>', '&#39;', '%', '%ZZ', '?', '#', '/', '..', // markup, escapes, URL syntax
  'Ｉｎｔｅｒｎａｌ', '１２３', '\u0301', 'e\u0301', '\uFF1A', '：', '，', '。', // full width, combining marks
  '💸', '👩‍👩‍👧', '\uFFFD', '\uFFFF', '\u{10FFFF}', // astral, ZWJ sequences, noncharacters
  '\n', '\r\n', '\t', '\u2028', '\u3000', ' ', // line breaks and spaces
  '---', '- ', 'id: ', '{', '[', '&anchor', '*alias', '!!binary', // YAML syntax
];

/** Words the sample content knows, so random queries also reach real hits and snippets. */
const KNOWN_WORDS = ['中转行', '扣费', '手续费', '帳戶被凍結', '钱怎么少了', 'KYC', 'MT103', 'fee', 'intermediary', 'frozen', 'refund', 'SWIFT', 'USD', '10,000', '9975', '提现', 'recieved', 'OUR', 'not'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** Hostile text: lone surrogates, RTL, zero-width, NUL, lunr syntax, markup, known words. */
export function nastyText(maxPieces = 24): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** Text of `min`..`max` characters built by repeating hostile text (huge inputs, cheaply). */
export function hugeText(min: number, max: number): fc.Arbitrary<string> {
  return fc.tuple(nastyText(8), fc.integer({ min, max })).map(([seed, length]) => (seed || 'x').repeat(Math.ceil(length / (seed || 'x').length)).slice(0, length));
}

/** Runs `fn`; passes when it returns or throws a KbError (a typed, intended error), fails on anything else. */
export function typedErrorsOnly<T>(fn: () => T): T | KbError {
  try {
    return fn();
  } catch (err) {
    expect(err, `not a typed error: ${String(err)}`).to.be.instanceOf(KbError);
    return err as KbError;
  }
}
