import type { Diagnostic } from '../errors.js';
import type { CompiledArticle } from '../types.js';

/** The end of an entry and the start of the next that were most likely one number: `50` | `000`. */
const ENDS_IN_DIGIT = /\d$/;
const STARTS_WITH_THOUSANDS = /^\d{3}(?!\d)/;

/**
 * In a YAML flow list a comma separates entries, so `[USD 50,000 quota]` is two tags,
 * "USD 50" and "000 quota": the number is lost from search and the tags read as nonsense.
 * Flagged when an entry starts with three digits right after one ending in a digit.
 */
export function numberSplitAtComma(a: CompiledArticle, lineOf: (path: readonly PropertyKey[]) => number | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (field: 'tags' | 'questions', items: readonly string[]) => {
    items.forEach((item, i) => {
      const before = items[i - 1];
      if (before === undefined || !ENDS_IN_DIGIT.test(before) || !STARTS_WITH_THOUSANDS.test(item)) return;
      const joined = `${before},${item}`;
      out.push({
        severity: 'warning', code: 'article.number-split', file: a.file, line: lineOf([field, i - 1]), field,
        message: `"${before}" and "${item}" look like one entry "${joined}" split at the comma in its number`,
        hint: `quote it in the list: "${joined}" (in [a, b] lists a comma separates entries)`,
      });
    });
  };
  check('tags', a.tags);
  check('questions', a.questions);
  return out;
}
