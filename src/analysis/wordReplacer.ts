/** Word patterns and what each becomes, applied in order (cantonese.ts, regionalMandarin.ts). */
export type WordMap = ReadonlyArray<readonly [RegExp, string]>;

/**
 * `words` applied in order, after one scan of every pattern at once without its lookbehinds:
 * a superset of what they match, which tells that most texts hold none (with the lookbehinds,
 * tried at every character, one scan of an article cost about as much as all the replacements).
 */
export function wordReplacer(words: WordMap): (text: string) => string {
  const any = new RegExp(words.map(([re]) => re.source.replace(/\(\?<[=!][^)]*\)/g, '')).join('|'));
  return (text) => {
    if (!any.test(text)) return text;
    let s = text;
    for (const [re, to] of words) s = s.replace(re, to);
    return s;
  };
}
