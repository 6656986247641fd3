import { normalize } from '../analysis/normalize.js';
import { escapeRegExp } from '../shared/escapeRegExp.js';

/**
 * The provider's own names as customers and agents say them (content/out-of-scope.yaml,
 * `ours`: the sample content's 鲸帆 and Whale Sail) as a regular expression source for
 * normalised, lower-cased text: "us" in a query that compares us with another company
 * (comparesWithUs), and the subject of an agent's decline (我们鲸帆不做证券账户, "WhaleSail does
 * not provide loans": agentDeclined). A space in a name may be left out (whale sail,
 * whalesail). Content that names none gets a pattern that matches nothing.
 */
export function ourNamesPattern(names: readonly string[]): string {
  const forms = names.map((name) => normalize(name).toLowerCase().trim()).filter(Boolean);
  return forms.length ? forms.map((form) => escapeRegExp(form).replace(/\s+/g, ' ?')).join('|') : NOTHING;
}

/** Matches nothing at all, wherever it is tried. */
const NOTHING = '(?!)';

/** Compiles what is made of the one pattern of the content served (usually), once. */
export function perOurNames<T>(make: (pattern: string) => T): (pattern: string) => T {
  const made = new Map<string, T>();
  return (pattern) => {
    let value = made.get(pattern);
    if (value === undefined) made.set(pattern, (value = make(pattern)));
    return value;
  };
}
