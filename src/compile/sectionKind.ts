import type { SectionKind } from '../types.js';

/**
 * Heading text → section kind. Editors write the canonical headings (README, "Content
 * format"); the aliases catch the usual variations so an article is never silently
 * treated as having no reply template or, worse, as having no internal section.
 */
const ALIASES: Record<Exclude<SectionKind, 'answer' | 'other'>, string[]> = {
  reply: ['回复话术', '话术', '参考话术', '回复模板', '标准回复', 'say this', 'reply', 'reply template', 'what to say'],
  steps: ['处理步骤', '步骤', '排查步骤', '操作步骤', 'steps', 'what to check', 'how to fix', 'procedure'],
  escalation: ['升级处理', '升级', '何时升级', '升级路径', 'escalation', 'when to escalate', 'escalate'],
  internal: ['内部备注', '内部说明', '内部信息', '仅限内部', 'internal notes', 'internal note', 'internal', 'internal only', 'agent notes'],
};

const BY_HEADING = new Map<string, SectionKind>(
  Object.entries(ALIASES).flatMap(([kind, names]) => names.map((n) => [n, kind as SectionKind])),
);

export function sectionKind(heading: string): SectionKind {
  const key = heading.trim().replace(/[:：]$/, '').trim().toLowerCase();
  return BY_HEADING.get(key) ?? 'other';
}
