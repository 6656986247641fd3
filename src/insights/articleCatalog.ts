import type { KnowledgeBase } from '../query/knowledgeBase.js';
import type { Locale, Visibility } from '../types.js';

/** What the report needs to know about one article (in the catalog's display locale). */
export interface ArticleInfo {
  id: string;
  title: string;
  category: string;
  owner: string;
  reviewed: string;
  reviewEveryDays: number;
  escalateTo: string;
  visibility: Visibility;
}

/** Every article of the built index, titles in `locale` (or the other one when untranslated). */
export function articleCatalog(kb: KnowledgeBase, locale: Locale = 'zh-CN'): Map<string, ArticleInfo> {
  const out = new Map<string, ArticleInfo>();
  for (const id of kb.ids('agent')) {
    const a = kb.article(id, locale, 'agent')!;
    out.set(id, {
      id,
      title: a.title,
      category: a.category,
      owner: a.owner,
      reviewed: a.reviewed,
      reviewEveryDays: a.reviewEveryDays,
      escalateTo: a.escalateTo,
      visibility: a.visibility,
    });
  }
  return out;
}
