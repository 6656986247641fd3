/**
 * A clause in which the writer says who they are ("俺们是洛阳做矿山机械的", "we are a fabric
 * mill in Shaoxing"), beside the question itself. Its town and trade are mostly words no
 * article has, and counted against every answer's confidence: "开户要啥材料" was confident
 * at 0.96, and at 0.18 with "俺们是洛阳的" after it. search weighs down only the words the
 * content lacks (what the writer sells, 电子烟, can decide the answer). Who the writer is
 * matters most when it is what they ask about (个体户, 香港公司, a sole proprietor, an
 * offshore company): such a clause is no introduction (STATUS). A place alone ("we are from
 * Sevastopol", "I'm in Lagos") is no introduction either: it can be what a sanctions answer
 * turns on, and the content names few places (tried over every fixture set: two right
 * answers less confident, one more).
 */

/** Normalised text: simplified Chinese, ASCII punctuation. Anchored to a whole clause. */
const INTRODUCTION = new RegExp(
  [
    // 我们是做外贸的, 俺们是洛阳做矿山机械的, 我是义乌卖小商品的, 我们公司是做服装的, 我们是宁波的工厂
    String.raw`^(?:(?:你好|您好|喂)\s*)?(?:我|我们|俺|俺们|咱|咱们|我司|我们公司|我们厂|我们家|我家)(?:这边|公司|厂)?是\s*[^\s?!]{1,16}?(?:的|的?(?:工厂|厂家|厂|公司|企业|商家|卖家|外贸))$`,
    // we are a fabric mill in Shaoxing, we're small tyre exporter in Qingdao, I am a bookkeeper for a valve maker
    String.raw`^(?:(?:hi|hello|dear \w+)\s+)?(?:we are|we're|i am|i'm|this is)\s+(?:an? |the |your |our )?(?:[a-z'-]+ ){0,4}(?:makers?|manufacturers?|exporters?|factory|factories|mill|company|traders?|suppliers?|sellers?|shop|business|importers?|distributors?|wholesalers?|workshop)(?: (?:in|from|based in|located in|of) [a-z'-]+(?: [a-z'-]+){0,2})?$`,
  ].join('|'),
  'i',
);

/** Who the writer is, when that is the question: their kind of business or its registration. */
const STATUS = /个体|注册|报关|离岸|香港|海外公司|新加坡|bvi|开曼|新(?:注册|成立|开)|刚(?:注册|成立)|法人|股东|受益人|代理|sole|proprietor|individual|offshore|hong kong|singapore|cayman|registered|newly|new company|startup|director|shareholder|owner|agent/i;

/** `clause` (one clause of a normalised message, with its closing punctuation) says who the writer is, and no more. */
export function introducesWriter(clause: string): boolean {
  const trimmed = clause.replace(/[\s.?!,;:-]+$/, '').trim();
  return INTRODUCTION.test(trimmed) && !STATUS.test(trimmed);
}
