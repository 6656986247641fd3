import { expect } from 'chai';
import Database from 'better-sqlite3';
import { ArticleList } from '../../src/store/articleList.js';
import { ARTICLE_LIST_QUERY, readArticleList } from '../../src/store/articleStore.js';
import { LOCALES, type Locale, type Visibility } from '../../src/types.js';
import { sampleKb } from '../support/sampleKb.js';

interface Row {
  id: string;
  locale: Locale;
  category: string;
  visibility: Visibility;
}

describe('ArticleList', () => {
  it('answers every article of a built file as its row says, and nothing for a locale or an id the file lacks', () => {
    const db = new Database(sampleKb().file, { readonly: true });
    const rows = db.prepare('SELECT id, locale, category, visibility FROM articles').all() as Row[];
    const list = readArticleList(db);
    db.close();
    const byKey = new Map(rows.map((r) => [`${r.id}|${r.locale}`, r]));
    const ids = [...new Set(rows.map((r) => r.id))];
    expect(list.allIds().sort()).to.deep.equal(ids.sort());
    for (const id of ids) for (const locale of LOCALES) expect(list.entry(id, locale), `${id} ${locale}`).to.deep.equal(byKey.get(`${id}|${locale}`));
    expect(list.entry('no-such-article', 'en')).to.equal(undefined);
    expect(new Set(rows.map((r) => r.visibility)).size, 'the sample has internal articles').to.equal(2);
  });

  it('is read from a covering index of the file, not from the articles\' pages', () => {
    const db = new Database(sampleKb().file, { readonly: true });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${ARTICLE_LIST_QUERY}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    db.close();
    expect(plan).to.match(/COVERING INDEX articles_list/);
  });

  it('tells an article public only when every locale it has is public', () => {
    const list = new ArticleList();
    list.add('both-public', 'en', 'fees', 'public');
    list.add('both-public', 'zh-CN', 'fees', 'public');
    list.add('one-internal', 'en', 'fees', 'public');
    list.add('one-internal', 'zh-CN', 'kyc', 'internal');
    list.add('english-only', 'en', 'kyc', 'public');
    expect(['both-public', 'one-internal', 'english-only'].filter((id) => list.allPublic(id))).to.deep.equal(['both-public', 'english-only']);
    expect(list.entry('one-internal', 'zh-CN')).to.deep.equal({ id: 'one-internal', locale: 'zh-CN', category: 'kyc', visibility: 'internal' });
    expect(list.entry('english-only', 'zh-CN')).to.equal(undefined);
    expect(list.allIds()).to.deep.equal(['both-public', 'one-internal', 'english-only']);
  });
});
