import { normalize } from '../analysis/normalize.js';
import type { SectionKind } from '../types.js';

/**
 * Heading text → section kind. Editors write the canonical headings (README, "Content
 * format"); the aliases catch the usual variations so an article is never silently
 * treated as having no reply template or, worse, as having no internal section.
 * Aliases are written normalised (Simplified, half-width, lower case).
 */
const ALIASES: Record<Exclude<SectionKind, 'answer' | 'other'>, string[]> = {
  reply: ['回复话术', '话术', '参考话术', '回复模板', '标准回复', 'say this', 'reply', 'reply template', 'what to say'],
  steps: ['处理步骤', '步骤', '排查步骤', '操作步骤', 'steps', 'what to check', 'how to fix', 'procedure'],
  escalation: ['升级处理', '升级', '何时升级', '升级路径', 'escalation', 'when to escalate', 'escalate'],
  internal: ['内部备注', '内部说明', '内部信息', '仅限内部', 'internal notes', 'internal note', 'internal', 'internal only', 'agent notes'],
};

/**
 * Words that make any heading internal, whatever else it says ("内部备注（勿外传）",
 * "Confidential: fraud rules"). Hiding a public section by mistake costs a missing
 * paragraph; publishing an internal one costs a leak, so a match errs towards internal.
 */
const INTERNAL_WORDS = /内部|机密|保密|勿外传|仅限坐席|坐席备注|坐席须知|坐席专用|internal|confidential|agents? only|agent notes?|staff only|not for customers/;

const BY_HEADING = new Map<string, SectionKind>(
  Object.entries(ALIASES).flatMap(([kind, names]) => names.map((n) => [n, kind as SectionKind])),
);

/**
 * The section kind of a heading, read after the analyzer's normalisation (NFKC,
 * Traditional → Simplified, lower case), so ## 內部備註 and ## Ｉｎｔｅｒｎａｌ ｎｏｔｅｓ are
 * internal notes like ## 内部备注 and ## Internal notes.
 */
export function sectionKind(heading: string): SectionKind {
  const key = headingKey(heading);
  if (INTERNAL_WORDS.test(key)) return 'internal';
  return BY_HEADING.get(key) ?? 'other';
}

/** The heading as compared: normalised, lower case, without decoration around it. */
export function headingKey(heading: string): string {
  return normalize(heading)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+$/u, '')
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/\s+/g, ' ');
}
