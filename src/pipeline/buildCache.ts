import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { FORMAT_VERSION } from '../store/indexFile.js';
import { PACKAGE_VERSION } from '../version.js';
import { engineFingerprint } from './engineFingerprint.js';

/** Bump when what a cache row holds changes shape (rows also go stale with any change to the engine or to this folder's code). */
const CACHE_VERSION = 3;

/** A file's analysed form as cached: its terms and texts as numbers of the cache's term list (see FileTerms), passage words, vocabulary. */
export interface CachedAnalysis {
  terms: Buffer;
  passages: string;
  vocabulary: string;
}

/**
 * What earlier builds computed per article file, so a build after one edit compiles and
 * analyses one file: the compiled article (keyed by the file's path and bytes and the
 * engine that compiled it) and its analysed form (valid only for the analyzer
 * configuration it was made with: the segmenter's dictionary holds every article's
 * tags, so a new Chinese tag re-analyses everything). Stored beside the index as
 * `<index name>.build-cache.sqlite`; rows no build uses any more are dropped. Never
 * needed: a missing or damaged cache means a full build, not a failure.
 */
export class BuildCache {
  private db: Database.Database | undefined;
  private readonly used = new Set<string>();
  /** Every cached compiled form, read in one scan on first use (point queries cost twice as much); dropped as taken. */
  private compiledForms: Map<string, string> | undefined;
  /** Every analysed form cached under one analyzer configuration, read the same way. */
  private analysedForms: { config: string; rows: Map<string, CachedAnalysis> } | undefined;
  private readonly compiledRows: Array<{ key: string; compiled: string }> = [];
  private readonly analysedRows: Array<{ key: string; analysed: CachedAnalysis; config: string }> = [];
  /**
   * The terms cached analyses are numbered by, in number order. Append-only: a build
   * numbers new terms after these and appends them on commit.
   */
  readonly terms: string[];

  /** Reads `file` if it is there; nothing is written before `commit` (a failed build changes nothing). */
  constructor(readonly file: string) {
    this.db = existsSync(file) ? open(file) : undefined;
    this.terms = this.db ? readTerms(this.db) : [];
  }

  /** Key of an article file: its path in the content folder, its bytes, and everything that decides what it compiles to. */
  static key(file: string, bytes: Buffer): string {
    return createHash('sha256').update(`cache ${CACHE_VERSION} kb ${PACKAGE_VERSION} format ${FORMAT_VERSION} engine ${engineFingerprint()} build ${buildFingerprint()}\n${file}\0`).update(bytes).digest('hex');
  }

  /** Key of an analyzer configuration. */
  static configKey(config: unknown): string {
    return createHash('sha256').update(JSON.stringify(config)).digest('hex');
  }

  /** The compiled form of a file, if cached. */
  compiled(key: string): string | undefined {
    this.used.add(key);
    if (!this.db) return undefined;
    this.compiledForms ??= new Map((this.db.prepare('SELECT key, compiled FROM files').raw().all() as Array<[string, string]>));
    const found = this.compiledForms.get(key);
    this.compiledForms.delete(key);
    return found;
  }

  /** The analysed form of a file, if cached under the analyzer configuration `config`. */
  analysed(key: string, config: string): CachedAnalysis | undefined {
    if (!this.db) return undefined;
    if (this.analysedForms?.config !== config) {
      const rows = new Map<string, CachedAnalysis>();
      for (const [k, terms, passages, vocabulary] of this.db.prepare('SELECT key, terms, passages, vocabulary FROM files WHERE config = ? AND terms IS NOT NULL').raw().iterate(config) as Iterable<[string, Buffer, string, string]>) rows.set(k, { terms, passages, vocabulary });
      this.analysedForms = { config, rows };
    }
    const found = this.analysedForms.rows.get(key);
    this.analysedForms.rows.delete(key);
    return found;
  }

  /** A file compiled by this build (its analysed form is not known yet). */
  putCompiled(key: string, compiled: string): void {
    this.compiledRows.push({ key, compiled });
  }

  /** A file analysed by this build under the analyzer configuration `config`. */
  putAnalysed(key: string, analysed: CachedAnalysis, config: string): void {
    this.analysedRows.push({ key, analysed, config });
  }

  /**
   * After a successful build: stores what it computed (with `terms`, the build's term
   * list, which continues this cache's) and drops every row it did not ask for (files
   * deleted or changed since), in one transaction.
   */
  commit(terms: readonly string[]): void {
    try {
      if (!this.db) return this.create(terms);
      const db = this.db;
      db.transaction(() => {
        const known = (db.prepare('SELECT coalesce(sum(count), 0) AS n FROM dictionary').get() as { n: number }).n;
        // Another build committed its terms since this one read them: its numbers are not ours to store.
        const ours = known === this.terms.length;
        if (ours && terms.length > known) db.prepare('INSERT INTO dictionary (count, terms) VALUES (?, ?)').run(terms.length - known, terms.slice(known).join(TERM_SEPARATOR));
        const analysedRows = new Map(ours ? this.analysedRows.map((r) => [r.key, r]) : []);
        // A file compiled and analysed by this build is written once, whole (its compiled form is most of a row's bytes).
        // Rows go in key order, as the table stores them: in the build's order (random keys) the first cache at
        // 20,000 articles took 2.6 s to insert instead of 0.8 s, every insert splitting pages all over the tree.
        const whole = db.prepare('INSERT OR REPLACE INTO files (key, compiled, config, terms, passages, vocabulary) VALUES (?, ?, ?, ?, ?, ?)');
        for (const r of [...this.compiledRows].sort(byKey)) {
          const a = analysedRows.get(r.key);
          analysedRows.delete(r.key);
          whole.run(r.key, r.compiled, a?.config ?? null, a?.analysed.terms ?? null, a?.analysed.passages ?? null, a?.analysed.vocabulary ?? null);
        }
        const analysed = db.prepare('UPDATE files SET config = ?, terms = ?, passages = ?, vocabulary = ? WHERE key = ?');
        for (const r of [...analysedRows.values()].sort(byKey)) analysed.run(r.config, r.analysed.terms, r.analysed.passages, r.analysed.vocabulary, r.key);
        db.exec('CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)');
        db.exec('DELETE FROM used');
        const use = db.prepare('INSERT OR IGNORE INTO used (key) VALUES (?)');
        for (const key of [...this.used].sort()) use.run(key);
        db.exec('DELETE FROM files WHERE key NOT IN (SELECT key FROM used)');
      })();
    } catch {
      // A cache that cannot be written (read-only folder, disk full) only costs the next build time.
    }
  }

  /**
   * The first cache beside an index (a cold build: hundreds of MB at scale), written as
   * the index is: into a temporary file without a journal, which is then renamed into
   * place, instead of every page going through the write-ahead log and then again into
   * the file. Later builds open it in WAL mode as usual.
   */
  private create(terms: readonly string[]): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const db = new Database(tmp);
      try {
        db.pragma('journal_mode = OFF');
        db.pragma('synchronous = OFF');
        db.exec(SCHEMA);
        this.db = db;
        this.commit(terms);
        db.pragma('journal_mode = WAL');
      } finally {
        this.db = undefined;
        db.close();
      }
      // A log left beside a deleted cache would be replayed into this one.
      for (const f of [`${this.file}-wal`, `${this.file}-shm`]) rmSync(f, { force: true });
      renameSync(tmp, this.file);
    } catch {
      // As in commit.
    } finally {
      for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    }
  }

  close(): void {
    this.db?.close();
  }
}

/** The cache file of the index `outFile`: `.kb/kb.sqlite` → `.kb/kb.build-cache.sqlite`. */
export function buildCacheFile(outFile: string): string {
  return join(dirname(outFile), `${basename(outFile, extname(outFile))}.build-cache.sqlite`);
}


let buildCode: string | undefined;

/** sha256 of this folder's code (what a cache row holds is decided here too: fileTerms.ts, the build thread). */
function buildFingerprint(): string {
  if (!buildCode) {
    const hash = createHash('sha256');
    const dir = fileURLToPath(new URL('.', import.meta.url));
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) hash.update(`${f}\0`).update(readFileSync(join(dir, f)));
    buildCode = hash.digest('hex');
  }
  return buildCode;
}

/** By key, in the order SQLite's default (binary) collation stores keys (hex digits: UTF-16 order is the same). */
function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Analysed terms never hold a NUL (see indexBlobs.ts). */
const TERM_SEPARATOR = '\u0000';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY, compiled TEXT NOT NULL, config TEXT, terms BLOB, passages TEXT, vocabulary TEXT
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS dictionary (part INTEGER PRIMARY KEY, count INTEGER NOT NULL, terms TEXT NOT NULL);
`;

function readTerms(db: Database.Database): string[] {
  const parts = db.prepare('SELECT count, terms FROM dictionary ORDER BY part').all() as Array<{ count: number; terms: string }>;
  const terms = parts.flatMap((p) => p.terms.split(TERM_SEPARATOR));
  if (terms.length !== parts.reduce((n, p) => n + p.count, 0)) throw new Error('build cache: damaged term list');
  return terms;
}

function open(file: string): Database.Database | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(SCHEMA);
      db.prepare('SELECT compiled, config, terms, passages, vocabulary FROM files LIMIT 0');
      readTerms(db);
      return db;
    } catch {
      // Damaged (not a database, another schema): start again from an empty cache, once.
      try {
        for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
