import { expect } from 'chai';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { KbError } from '../../src/errors.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { RECENT_ARTICLES, sqliteArticleStore } from '../../src/store/articleStore.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { openIndexFile } from '../../src/store/indexFile.js';
import { LOCALES, SCOPES } from '../../src/types.js';
import { tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

describe('articles of a loaded knowledge base', () => {
  const { file, kb } = sampleKb();
  const data = readKnowledgeBase(file, []);
  const inMemory = KnowledgeBase.fromData({ ...data, indexes: {} });

  it('are the articles of the build, with the same fallback to the other locale and the same public filter as articles held in memory', () => {
    const ids = [...new Set(data.articles.map((a) => a.id))];
    expect(ids.length).to.be.above(40);
    for (const scope of SCOPES) {
      expect(kb.ids(scope)).to.deep.equal(inMemory.ids(scope));
      for (const id of [...ids, 'no-such-article']) {
        for (const locale of LOCALES) {
          expect(kb.article(id, locale, scope), `${id} ${locale} ${scope}`).to.deep.equal(inMemory.article(id, locale, scope));
          expect(kb.passageWords(kb.article(id, locale, scope) ?? data.articles[0]!)).to.deep.equal(inMemory.passageWords(inMemory.article(id, locale, scope) ?? data.articles[0]!));
        }
      }
    }
    expect(kb.ids('public').length).to.be.below(kb.ids('agent').length);
  });

  it('are read when asked for, not when the file is opened: a damaged article fails only when it is read, with a typed error naming it', () => {
    const damaged = join(tempDir(), 'kb.sqlite');
    copyFileSync(file, damaged);
    const db = new Database(damaged);
    db.prepare("UPDATE articles SET data = '{not json' WHERE id = 'withdraw-failed' AND locale = 'en'").run();
    db.close();
    const opened = KnowledgeBase.open(damaged);
    expect(opened.article('withdraw-failed', 'zh-CN', 'agent')!.id).to.equal('withdraw-failed');
    expect(opened.entry('withdraw-failed', 'en', 'agent')).to.include({ id: 'withdraw-failed', locale: 'en' });
    expect(() => opened.article('withdraw-failed', 'en', 'agent'))
      .to.throw(KbError, /damaged: article withdraw-failed\|en/)
      .with.property('code', 'index.corrupt');
  });
});

describe('the article cache', () => {
  const { file } = sampleKb();
  /** Reads of articles the file does not have: each takes a place in the caches, as a read article would. */
  const readOthers = (store: ReturnType<typeof sqliteArticleStore>, count: number) => {
    for (let i = 0; i < count; i++) store.article(`no-such-article-${i}`, 'en');
  };

  it('forgets an article read once after a hundred other reads, while one read twice stays', () => {
    const store = sqliteArticleStore(openIndexFile(file), file);
    const once = store.article('withdraw-failed', 'en')!;
    const twice = store.article('withdraw-failed', 'zh-CN')!;
    expect(store.article('withdraw-failed', 'zh-CN')).to.equal(twice);
    readOthers(store, RECENT_ARTICLES);
    const again = store.article('withdraw-failed', 'en')!;
    expect(again).to.not.equal(once);
    expect(again).to.deep.equal(once);
    expect(store.article('withdraw-failed', 'zh-CN')).to.equal(twice);
  });

  it('does not count a snippet reading the passage words of an article just read as a second read', () => {
    const store = sqliteArticleStore(openIndexFile(file), file);
    const shown = store.article('withdraw-failed', 'en')!;
    expect(store.passageWordsJson('withdraw-failed', 'en')).to.be.a('string');
    readOthers(store, RECENT_ARTICLES);
    expect(store.article('withdraw-failed', 'en')).to.not.equal(shown);
  });
});
