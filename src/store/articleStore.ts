import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { KbError } from '../errors.js';
import { LruCache } from '../query/lruCache.js';
import type { CompiledArticle, Locale, Visibility } from '../types.js';
import { ArticleList, type ArticleColumns } from './articleList.js';

/** Where a loaded knowledge base reads its articles from. */
export interface ArticleStore {
  /** Every article's id, locales, category and visibility. */
  list: ArticleList;
  /** The article, or undefined when the build has none with that id and locale. */
  article(id: string, locale: Locale): CompiledArticle | undefined;
  /** The build's analysed words of each snippet passage of the article. */
  passageWords(id: string, locale: Locale): string[][] | undefined;
  /** The same as stored (JSON), unparsed: a snippet can score passages on it (see snippet.ts). */
  passageWordsJson(id: string, locale: Locale): string | undefined;
}

/** Articles kept parsed in memory: the ones agents open and search results show again, a few MB. */
export const ARTICLE_CACHE_SIZE = 1000;

/**
 * Articles read once recently: the cache above takes an article when it is read a second
 * time while here. At 20,000 articles most search hits are read once; in the cache they
 * lived just long enough (a hundred queries) for the garbage collector to copy them twice
 * into the old generation, where they died (young collections took 1.2 s in 1,800 searches,
 * 0.76 s without the cache). Here they die young (ten queries), while articles shown often stay cached.
 */
export const RECENT_ARTICLES = 100;

interface Stored {
  article: CompiledArticle;
  /** As stored (JSON). */
  passageWordsJson: string;
  /** Parsed on first use. */
  passageWords?: string[][];
}

/**
 * Articles read from the index file on demand, by id, with a small cache: starting a
 * query process reads four short columns per article instead of parsing every article's
 * JSON (the whole content) up front. The file is immutable once built, so the handle
 * stays open for the store's life (a rebuild renames a new file over it; this handle
 * keeps reading the one it opened).
 */
export function sqliteArticleStore(db: Database.Database, file: string, list = readArticleList(db)): ArticleStore {
  // Nothing writes the file in place (a rebuild renames a new one over it), so the handle
  // keeps its shared lock and reads pages through a memory map: a read then costs no lock,
  // change check or pread calls, a third of what it did at 20,000 articles (bench). Set
  // after the blobs are read, which go to buffers of their own.
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma(`mmap_size = ${statSync(file).size}`);
  const read = db.prepare('SELECT data, passage_words AS passageWords FROM articles WHERE id = ? AND locale = ?');
  const cache = new LruCache<string, Stored | null>(ARTICLE_CACHE_SIZE);
  const recent = new LruCache<string, Stored | null>(RECENT_ARTICLES);
  /** `again`: a new read of the article (a snippet's read of its passage words, right after, is not). */
  const stored = (id: string, locale: Locale, again = false): Stored | undefined => {
    const key = `${id}|${locale}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = recent.get(key);
      if (found !== undefined && again) {
        recent.delete(key);
        cache.set(key, found);
      } else if (found === undefined) {
        const row = read.get(id, locale) as { data: string; passageWords: string } | undefined;
        found = row ? { article: parseArticle(row.data, key, file), passageWordsJson: row.passageWords } : null;
        recent.set(key, found);
      }
    }
    return found ?? undefined;
  };
  return {
    list,
    article: (id, locale) => stored(id, locale, true)?.article,
    passageWords: (id, locale) => {
      const found = stored(id, locale);
      if (found) found.passageWords ??= JSON.parse(found.passageWordsJson) as string[][];
      return found?.passageWords;
    },
    passageWordsJson: (id, locale) => stored(id, locale)?.passageWordsJson,
  };
}

/** Where a build stores its article list (meta key; see readArticleList). */
export const ARTICLE_LIST_KEY = 'articleList';

/**
 * The article list of an index file (see ArticleList), sorted by id: as the build stored it
 * (its columns as JSON, about 1 MB at 20,000 articles, parsed in a few ms), else (a file
 * built before it was stored) from the covering index articles_list. At 20,000 articles the
 * scan made 160,000 strings, about 100 ms of the thread whose blobs a start waits for.
 */
export function readArticleList(db: Database.Database): ArticleList {
  const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(ARTICLE_LIST_KEY) as string | undefined;
  return stored === undefined ? scanArticleList(db) : new ArticleList(JSON.parse(stored) as ArticleColumns);
}

export const ARTICLE_LIST_QUERY = 'SELECT id, locale, category, visibility FROM articles ORDER BY id, locale';

/** The article list from the articles' rows, through the covering index articles_list where the file has it (what a build stores). */
export function scanArticleList(db: Database.Database): ArticleList {
  const list = new ArticleList();
  // Rows as arrays, one at a time: no object per row, nor 40,000 rows held at once.
  const rows = db.prepare(ARTICLE_LIST_QUERY).raw().iterate() as IterableIterator<[string, Locale, string, Visibility]>;
  for (const [id, locale, category, visibility] of rows) list.add(id, locale, category, visibility);
  return list;
}

function parseArticle(json: string, key: string, file: string): CompiledArticle {
  try {
    return JSON.parse(json) as CompiledArticle;
  } catch (err) {
    throw new KbError('index.corrupt', `index: ${file} is damaged: article ${key}: ${(err as Error).message}`, 'run `kb build` to recreate it');
  }
}

/** Articles already in memory (a build's, or a test's). */
export function memoryArticleStore(articles: CompiledArticle[], passageWords: Map<string, string> = new Map()): ArticleStore {
  const byKey = new Map(articles.map((a) => [`${a.id}|${a.locale}`, a]));
  const list = new ArticleList();
  for (const a of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) list.add(a.id, a.locale, a.category, a.visibility);
  return {
    list,
    article: (id, locale) => byKey.get(`${id}|${locale}`),
    passageWords: (id, locale) => {
      const json = passageWords.get(`${id}|${locale}`);
      return json === undefined ? undefined : (JSON.parse(json) as string[][]);
    },
    passageWordsJson: (id, locale) => passageWords.get(`${id}|${locale}`),
  };
}
