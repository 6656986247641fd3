import { introducesWriter } from './introduction.js';
import { HAN_RANGES } from './hanCharacters.js';

/**
 * A message that asks two things and says which one matters: "Is your office in Shenzhen?
 * Anyway main thing: got a notice our account will be restricted", "周末能提现吗？另外一件事更急
 * 我们给供应商付款付重复了", "本来想问发票的事 算了 主要是我账户冻了". Every word counted the same,
 * so the side question (office, 提现) ranked its own article first as often as the main one.
 * The words before the clause that names the main point are an aside, and weigh less; the
 * marker must open or sit in a clause with words after it, so "still not arrived, urgent" or
 * "anyway" closing a sentence changes nothing. A second question added without saying which
 * matters ("能收日元吗？另外伊朗有个老客户…", "what's your cut-off? and also we got a compliance
 * email") is most often the reason for writing: the first weighs a little less, so the second
 * wins a tie and the first still wins when the second says little. What the writer says they
 * had meant to ask ("本来问他收款手续费多少 … 就是我客户说钱打了 我这边没收到", "I was going to
 * ask about fees, but …") is an aside too: the clause it opens, not the words before it.
 */

/** What a word of the aside counts for, against 1 for the rest: waved away, or before a second question. */
export const ASIDE_WEIGHT = { waved: 0.3, before: 0.6 };

/** Phrases that say the words after them are the point (normalised text: simplified Chinese, ASCII punctuation). */
const FOCUS = new RegExp(
  [
    // English: the writer names the main point, or waves the rest away.
    String.raw`\b(?:the |my |our )?(?:main|real|actual|urgent|important|bigger) (?:thing|question|issue|problem|point|concern)\b`,
    String.raw`\bmore (?:importantly|urgent(?:ly)?|pressing)\b`,
    String.raw`\bmost (?:importantly|urgent(?:ly)?)\b`,
    String.raw`\bwhat i (?:really|actually) (?:want|need) to (?:know|ask)\b`,
    String.raw`\bthe reason i(?:'m| am) (?:writing|calling|contacting)\b`,
    String.raw`\b(?:never ?mind|forget) (?:about )?(?:that|this|it)\b`,
    String.raw`(?:^|[.?!,;:]\s*|\s-+\s*)(?:but |and )?(?:anyway|anyways|urgent(?:ly)?)\b`,
    // Chinese (after normalisation to simplified): the point, the urgent one, the rest waved away.
    '主要(?:是)?想问|主要(?:的)?问题|重点是|重点系|关键是|最重要的是|更重要的是|真正(?:想|要)问|其实(?:是)?想问|说正事|言归正传|正经事',
    '(?:更|最|比较)急的|更急|最紧要|最要紧|急的是',
    '(?:^|[\\s,.?!;:])(?:算了|不说这个了?|先不说这个|这个先放一边|先放一边|这个不急)(?=[\\s,.?!;:]|$)',
  ].join('|'),
  'i',
);

/** Phrases that open a clause the writer had meant to ask and then did not (checked when FOCUS finds none). */
const MEANT = new RegExp(
  [
    // "I wanted to ask about" is how English asks politely: only a plan that changed.
    String.raw`\bi was (?:going|about) to ask\b`,
    String.raw`\bi (?:originally|initially|first) (?:wanted|meant|planned|called|rang|wrote) to ask\b`,
    '(?:本来|原本|本想)(?:是)?(?:想|要|打算)?(?:问|咨询|打电话问|打来问)',
  ].join('|'),
  'i',
);

/** Phrases that add a second question (checked when FOCUS and MEANT find none). */
const ALSO = new RegExp(
  [
    String.raw`(?:^|[.?!,;:]\s*|\s-+\s*)(?:and )?(?:also|btw|by the way|one more thing|another (?:thing|question))\b`,
    '(?:^|[\\s,.?!;:])(?:另外|顺便|还有一个问题|还有一件事|另一个问题|另一件事)',
  ].join('|'),
  'i',
);

/**
 * A call's turn that opens by adding a second question (另外…, 顺便问一下, "also", "one more thing"),
 * after 嗯 or 哦 at most; not 另外一个 or 另外的 (the other one: 另外一个股东是我老公). A turn that
 * first closes what came before ("嗯……还有一个问题", "OK. Another thing", "Oh wait, also") is
 * left out: callers ask their side questions so, and the writers of the fixtures' calls label
 * those calls by the problem told first.
 */
const OPENS_SECOND = new RegExp(
  [
    String.raw`^\s*(?:(?:嗯|哦|噢|啊|喂)[\s,]*)?`,
    '(?:',
    [
      '另外(?!一[个位家笔张份间]|的|两)|顺便问一下|顺便问下|还有一个问题|还有一件事|另一个问题|另一件事',
      String.raw`(?:and )?also\b|btw\b|by the way\b|one more thing\b|another (?:thing|question)\b`,
    ].join('|'),
    ')',
  ].join(''),
  'i',
);

/** `normalized` (a turn of a call, normalised) opens by adding a second question: see OPENS_SECOND. */
export function opensSecondQuestion(normalized: string): boolean {
  return OPENS_SECOND.test(normalized);
}

/** Where a clause starts: after punctuation, a dash, or (between Chinese words) a space. */
const CLAUSE_END = new RegExp(String.raw`[.?!,;:]|\s-+\s|[${HAN_RANGES}]\s+(?=[${HAN_RANGES}])`, 'g');

/** What a message asks on the side, what it asks mainly, and what a word of the aside weighs. */
export interface Aside {
  aside: string;
  focus: string;
  weight: number;
}

/** The message's aside, when it says which question matters; undefined otherwise. */
export function asideOf(normalized: string): Aside | undefined {
  const waved = FOCUS.exec(normalized);
  if (!waved) {
    const meant = MEANT.exec(normalized);
    if (meant) return meantAside(normalized, meant.index);
  }
  const marker = waved ?? ALSO.exec(normalized);
  if (!marker) return undefined;
  const at = marker.index + marker[0].search(/\p{L}/u);
  const after = normalized.slice(marker.index + marker[0].length);
  if (!/[\p{L}\p{N}]/u.test(after)) return undefined;
  let start = 0;
  for (const m of normalized.matchAll(CLAUSE_END)) {
    if (m.index + m[0].length > at) break;
    start = m.index + m[0].length;
  }
  // A marker opening the whole message leaves nothing aside.
  const aside = normalized.slice(0, start);
  if (!/[\p{L}\p{N}]/u.test(aside)) return undefined;
  return { aside, focus: normalized.slice(start), weight: waved ? ASIDE_WEIGHT.waved : ASIDE_WEIGHT.before };
}

/** The message without its clauses that say who the writer is (introduction.ts), when it has such a clause and more. */
export function withoutIntroduction(normalized: string): string | undefined {
  const clauses: string[] = [];
  let start = 0;
  for (const m of normalized.matchAll(CLAUSE_END)) {
    const end = m.index + m[0].length;
    clauses.push(normalized.slice(start, end));
    start = end;
  }
  clauses.push(normalized.slice(start));
  const rest = clauses.filter((c) => !introducesWriter(c));
  if (rest.length === clauses.length) return undefined;
  const focus = rest.join(' ');
  return /[\p{L}\p{N}]/u.test(focus) ? focus : undefined;
}

/** The clause opened at `at` by a MEANT phrase as the aside, the words around it as the focus; undefined when nothing follows that clause. */
function meantAside(normalized: string, at: number): Aside | undefined {
  let start = 0;
  let end = -1;
  for (const m of normalized.matchAll(CLAUSE_END)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else if (m.index > at) {
      end = after;
      break;
    }
  }
  if (end < 0 || !/[\p{L}\p{N}]/u.test(normalized.slice(end))) return undefined;
  return { aside: normalized.slice(start, end), focus: `${normalized.slice(0, start)} ${normalized.slice(end)}`, weight: ASIDE_WEIGHT.waved };
}
