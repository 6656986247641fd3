import { expect } from 'chai';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleList } from '../../src/store/articleList.js';
import { ARTICLE_LIST_KEY, ARTICLE_LIST_QUERY, readArticleList, scanArticleList } from '../../src/store/articleStore.js';
import { LOCALES, type Locale, type Visibility } from '../../src/types.js';
import { sampleKb } from '../support/sampleKb.js';
import { tempDir } from '../support/paths.js';

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

  it('is stored by the build as the articles\' rows give it, and read as stored; a file without it is read from the rows', () => {
    const db = new Database(sampleKb().file, { readonly: true });
    const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(ARTICLE_LIST_KEY);
    const scanned = scanArticleList(db).columns();
    const read = readArticleList(db).columns();
    db.close();
    expect(stored).to.be.a('string');
    expect(read).to.deep.equal(scanned);
    const older = join(tempDir(), 'kb.sqlite');
    copyFileSync(sampleKb().file, older);
    const without = new Database(older);
    without.prepare('DELETE FROM meta WHERE key = ?').run(ARTICLE_LIST_KEY);
    expect(readArticleList(without).columns()).to.deep.equal(scanned);
    without.close();
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
