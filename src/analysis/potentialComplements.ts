/**
 * Potential complements (可能补语): 收不到 ("cannot receive") is 收到 with 不 between the
 * verb and its result, as 提不出, 登不上, 打不开, 查不到. jieba keeps such a form whole, so
 * "我一直收不到" never met 收到 in "买家说已经付款了，我还没收到", while the article about
 * codes that say 收不到 matched it word for word. The form also yields the resultative
 * verb (收不到 → 收到), indexing and querying alike; the negation stays in the form itself.
 */
const COMPLEMENTS = '到出上下开完成掉进回住起懂清见通';

const FORM = new RegExp(`^([\\u4e00-\\u9fff])[不得]([${COMPLEMENTS}])$`);

/** The resultative verb of a potential complement form (收不到 → 收到, 提得出 → 提出), else undefined. */
export function resultativeOf(word: string): string | undefined {
  const m = FORM.exec(word);
  return m ? m[1]! + m[2]! : undefined;
}
