import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { LOCALES, type Locale } from '../types.js';
import type { LearnArticle } from './proposals.js';

/** The built articles as learning sees them: each translation on its own. */
export function learnArticles(kb: KnowledgeBase): { article(id: string, locale: Locale): LearnArticle | undefined; all: LearnArticle[] } {
  const all: LearnArticle[] = [];
  for (const id of kb.ids('agent')) {
    for (const locale of LOCALES) {
      const a = kb.article(id, locale, 'agent');
      if (a && a.locale === locale) all.push({ id, locale, file: a.file, visibility: a.visibility, title: a.title, questions: a.questions });
    }
  }
  const byKey = new Map(all.map((a) => [`${a.id}|${a.locale}`, a]));
  return { all, article: (id, locale) => byKey.get(`${id}|${locale}`) };
}
