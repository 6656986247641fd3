import { escapeRegExp } from '../shared/escapeRegExp.js';
import { LruCache } from './lruCache.js';

/**
 * How a form can match under the `iu` flags (the `\b…[a-z]*` around a Latin form only
 * narrows its matches): a caseless one only as itself; an ASCII one only where the
 * lowercased text has it lowercased, or where the text has a ſ; any other anywhere.
 */
export type FormKind = 'caseless' | 'ascii' | 'other';

export function formKind(form: string): FormKind {
  return CASELESS.test(form) ? 'caseless' : ASCII.test(form) ? 'ascii' : 'other';
}

/** Characters whose only case-insensitive (`iu`) match is themselves (test/query/highlight.test.ts checks every code point). */
const CASELESS = /^[\p{Script=Han}0-9]+$/u;
const ASCII = /^[\x00-\x7f]+$/;

/**
 * Finds a query's highlightable forms in a text as the regex `f1|f2|…` with the flags `giu`
 * finds them, a form that starts with a lowercase ASCII letter written `\bf[a-z]*`: at the
 * first position where some form matches, the first form in order that does (forms come
 * longest first, so the longest). Per text, `clear`, `add` and `ready` choose the forms that
 * can occur in it.
 *
 * Caseless and ASCII forms are matched here, character by character, with what `iu` does
 * for them (see matchAt); only a text where some other form (accented or non-Latin
 * letters) can occur goes through such a regex. A search compiled about five regexes
 * before, one per shown passage's set of forms (seldom a set seen before), each compiled
 * again to bytecode on its first use and kept in a cache it soon fell out of: most of a
 * snippet's time and of the garbage that outlives a search.
 */
export class FormFinder {
  /** Where the match `find` last returned ends. */
  end = 0;
  /** The forms chosen for the text, as positions in `forms`, ascending. */
  private readonly chosen: number[] = [];
  /** The regex for the chosen forms, when one of them is neither caseless nor ASCII. */
  private regex: RegExp | undefined;
  /** The mark of this finder's chosen forms' first code units in FIRST_UNITS (0: not marked). */
  private mark = 0;

  /** `forms`: none empty (so no match is), longest first. */
  constructor(
    private readonly forms: readonly string[],
    private readonly kinds: readonly FormKind[],
  ) {}

  /** Starts a new choice of forms. */
  clear(): void {
    this.chosen.length = 0;
    this.regex = undefined;
    this.mark = 0;
  }

  /** Adds the form at `position` (ascending, after `clear`). */
  add(position: number): void {
    this.chosen.push(position);
  }

  /** Ends the choice: true if any form was chosen. */
  ready(): boolean {
    const { chosen, kinds, forms } = this;
    for (let i = 0; i < chosen.length; i++) {
      if (kinds[chosen[i]!] === 'other') {
        this.regex = alternation(chosen.map((c) => forms[c]!));
        break;
      }
    }
    return chosen.length > 0;
  }

  /** Where the first match at or after `from` starts (its end in `end`), or -1. */
  find(text: string, from: number): number {
    if (this.regex) return this.findByRegex(text, from);
    const { chosen, forms, kinds } = this;
    if (this.mark === 0 || this.mark !== lastMark) this.markFirstUnits();
    const mark = this.mark;
    for (let at = from; at < text.length; at++) {
      // Most positions no chosen form can start at (see sameUnderIu): one array read each.
      if (FIRST_UNITS[text.charCodeAt(at)] !== mark) continue;
      for (let i = 0; i < chosen.length; i++) {
        const c = chosen[i]!;
        const end = matchAt(text, at, forms[c]!, kinds[c] === 'caseless');
        if (end >= 0) {
          this.end = end;
          return at;
        }
      }
    }
    return -1;
  }

  /** Marks in FIRST_UNITS, with a new mark, each code unit a chosen form's match can start with. */
  private markFirstUnits(): void {
    if (lastMark === 0xffffffff) FIRST_UNITS.fill(0), (lastMark = 0);
    const mark = (this.mark = ++lastMark);
    const { chosen, forms, kinds } = this;
    for (let i = 0; i < chosen.length; i++) {
      const first = forms[chosen[i]!]!.charCodeAt(0);
      FIRST_UNITS[first] = mark;
      const lower = first | 0x20;
      if (kinds[chosen[i]!] === 'caseless' || lower < 97 || lower > 122) continue;
      FIRST_UNITS[lower] = FIRST_UNITS[lower - 32] = mark;
      if (lower === 115) FIRST_UNITS[LONG_S_CODE] = mark;
      if (lower === 107) FIRST_UNITS[KELVIN_CODE] = mark;
    }
  }

  private findByRegex(text: string, from: number): number {
    const regex = this.regex!;
    regex.lastIndex = from;
    const m = regex.exec(text);
    if (!m) return -1;
    this.end = m.index + m[0].length;
    return m.index;
  }
}

/**
 * For each UTF-16 code unit, the mark of the last finder whose forms' matches can start
 * with it: a table of every code unit, one array read per position of a text. Finders
 * share it (a finder used again after another marked anew marks again), so a search keeps
 * no table of its own.
 */
const FIRST_UNITS = new Uint32Array(0x10000);
let lastMark = 0;

/**
 * Where a caseless or ASCII `form` matching at `at` ends, or -1. Under `iu` a caseless
 * character matches only itself, an ASCII one itself and its other case, s also ſ and k
 * also K (U+212A); and a form starting with a lowercase ASCII letter matches only after a
 * non-word character (`\b`), then takes the letters that follow (`[a-z]*`).
 */
function matchAt(text: string, at: number, form: string, caseless: boolean): number {
  const n = form.length;
  if (at + n > text.length) return -1;
  if (caseless) return text.startsWith(form, at) ? at + n : -1;
  for (let i = 0; i < n; i++) if (!sameUnderIu(text.charCodeAt(at + i), form.charCodeAt(i))) return -1;
  const first = form.charCodeAt(0);
  if (first < 97 || first > 122) return at + n;
  if (at > 0 && isWordUnderIu(text.charCodeAt(at - 1))) return -1;
  let end = at + n;
  while (end < text.length && isLetterUnderIu(text.charCodeAt(end))) end++;
  return end;
}

/** Whether text character `t` matches ASCII character `f` under `iu`. */
function sameUnderIu(t: number, f: number): boolean {
  if (t === f) return true;
  const lower = f | 0x20;
  if (lower < 97 || lower > 122) return false;
  // Only an ASCII letter gives a letter's code with the case bit set.
  return (t | 0x20) === lower || (lower === 115 && t === LONG_S_CODE) || (lower === 107 && t === KELVIN_CODE);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[a-z]` under `iu`: ASCII letters, ſ and K. */
function isLetterUnderIu(c: number): boolean {
  return isAsciiLetter(c) || c === LONG_S_CODE || c === KELVIN_CODE;
}

/** `\w` under `iu` (as `\b` sees it): ASCII letters, digits, `_`, ſ and K. */
function isWordUnderIu(c: number): boolean {
  return isLetterUnderIu(c) || (c >= 48 && c <= 57) || c === 95;
}

/** The characters besides ASCII letters that `iu` matches to an ASCII letter: ſ (s) and the Kelvin sign (k, its lowercase). */
export const LONG_S = '\u017f';
const LONG_S_CODE = 0x17f;
const KELVIN_CODE = 0x212a;

/** The regex of `forms` (longest first), shared by queries: compiled on its first use, about as long as the rest of a snippet. */
function alternation(forms: string[]): RegExp {
  const key = forms.join('\u0000');
  let found = alternations.get(key);
  if (!found) {
    const alternatives = forms.map((f) => (/^[a-z]/.test(f) ? `\\b${escapeRegExp(f)}[a-z]*` : escapeRegExp(f)));
    alternations.set(key, (found = new RegExp(alternatives.join('|'), 'giu')));
  }
  return found;
}

/** Marking regexes kept across queries: about 7 KB each once compiled to machine code. */
const alternations = new LruCache<string, RegExp>(200);
