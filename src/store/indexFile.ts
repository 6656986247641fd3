import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KbError } from '../errors.js';
import { decodeAnalyzer } from './analyzerRow.js';
import { INDEX_PARTS, type IndexPart } from '../index/indexBlobs.js';
import { RELEVANCE_PARTS, type RelevancePart } from '../relevance/relevanceParts.js';
import type { ElsewhereEntry } from '../content/loadConfig.js';
import type { ElsewhereName } from '../relevance/elsewhere.js';
import type { BuildInfo, Category, Scope } from '../types.js';
import type { KnowledgeBaseData } from './knowledgeBaseFile.js';

/*
 * An index file as stored: opening it (format version checked), its header and its blobs
 * as bytes, not decoded. What decodes them (knowledgeBaseFile, loadKnowledgeBase) is
 * elsewhere, so the threads that read a file for another (scopeBlobsWorker, the build
 * check) load this and better-sqlite3 only, not the index's and the models' code.
 */

/**
 * Version of the file layout and of the analysis it was built with. Bump it whenever
 * either changes: a file with another version is refused, never half-read.
 */
export const FORMAT_VERSION = 6;

/** Opens `file` read-only, refusing a missing file or one of another format version. */
export function openIndexFile(file: string): Database.Database {
  if (!existsSync(file)) throw new KbError('index.not-found', `index: ${file} does not exist`, 'run `kb build` first');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new KbError('index.unreadable', `index: cannot open ${file}: ${(err as Error).message}`, 'run `kb build` to recreate it');
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== FORMAT_VERSION) {
      throw new KbError('index.format-mismatch', `index: ${file} has format version ${version}, this version of kb reads ${FORMAT_VERSION}`, 'run `kb build` to rebuild it');
    }
  } catch (err) {
    db.close();
    throw readError(file, err);
  }
  return db;
}

/** Runs `read`, turning anything but a KbError into one saying the file is damaged. */
export function readingIndexFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw readError(file, err);
  }
}

function readError(file: string, err: unknown): KbError {
  if (err instanceof KbError) return err;
  return new KbError('index.corrupt', `index: ${file} is damaged: ${(err as Error).message}`, 'run `kb build` to recreate it');
}

/** Build info, analyzer configuration, categories, out-of-scope examples and names (analysed too): small, read whole. */
export function readHeader(db: Database.Database): Pick<KnowledgeBaseData, 'info' | 'analyzer' | 'categories' | 'outOfScope' | 'elsewhere' | 'elsewhereNames' | 'ours'> {
  const meta = new Map((db.prepare("SELECT key, value FROM meta WHERE key IN ('info', 'analyzer', 'outOfScope', 'elsewhere', 'elsewhereNames', 'ours')").all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
  return {
    info: JSON.parse(meta.get('info')!) as BuildInfo,
    analyzer: decodeAnalyzer(meta.get('analyzer')!),
    outOfScope: JSON.parse(meta.get('outOfScope') ?? '[]') as string[],
    // Absent from files built before it: no names, no signal.
    elsewhere: JSON.parse(meta.get('elsewhere') ?? '[]') as ElsewhereEntry[],
    ours: JSON.parse(meta.get('ours') ?? '[]') as string[],
    ...(meta.has('elsewhereNames') && { elsewhereNames: JSON.parse(meta.get('elsewhereNames')!) as ElsewhereName[] }),
    categories: (db.prepare('SELECT id, names FROM categories ORDER BY position').all() as Array<{ id: string; names: string }>).map((r) => ({ id: r.id, names: JSON.parse(r.names) as Category['names'] })),
  };
}

/**
 * `+scope`: scan the few rows instead of seeking by the primary key. The tables are
 * WITHOUT ROWID, so a seek compares whole records, and SQLite reads a record's overflow
 * pages (the blob: tens of MB at 20,000 articles) to compare it: seeking read every blob
 * it passed, twice the bytes asked for. A scan reads the key columns from the page itself.
 */
const BY_SCOPE = 'WHERE +scope = ?';

/** The blobs of one scope as stored: its compiled index's and its relevance model's. */
export interface ScopeBlobs {
  index: Record<IndexPart, Buffer>;
  relevance: Record<RelevancePart, Buffer>;
}

/** The blobs of `scope`, checked to be there, not decoded yet (a thread reads them for another; see readScopesOffThread). */
export function readScopeBlobs(db: Database.Database, scope: Scope): ScopeBlobs {
  return { index: readIndexBlobs(db, scope), relevance: readRelevanceBlobs(db, scope) };
}

/** The relevance model's blobs of `scope`, as stored. */
export function readRelevanceBlobs(db: Database.Database, scope: Scope): Record<RelevancePart, Buffer> {
  const rows = db.prepare(`SELECT part, data FROM relevance ${BY_SCOPE}`).all(scope) as Array<{ part: RelevancePart; data: Buffer }>;
  if (!rows.length) throw new Error(`no relevance model for the ${scope} scope`);
  return Object.fromEntries(rows.map((r) => [r.part, r.data])) as Record<RelevancePart, Buffer>;
}

/** The compiled index's blobs of `scope`, as stored; throws when a part is missing. */
export function readIndexBlobs(db: Database.Database, scope: Scope): Record<IndexPart, Buffer> {
  const rows = db.prepare(`SELECT part, data FROM postings ${BY_SCOPE}`).all(scope) as Array<{ part: IndexPart; data: Buffer }>;
  const parts = Object.fromEntries(rows.map((r) => [r.part, r.data])) as Record<IndexPart, Buffer>;
  const missing = INDEX_PARTS.filter((p) => !Buffer.isBuffer(parts[p]));
  if (missing.length) throw new Error(`no ${missing.join(', ')} for the ${scope} index`);
  return parts;
}

/**
 * Throws unless the index and relevance model of each of `scopes` are stored whole (the
 * messages of readIndex and readRelevance). Reads the part names only, not the blobs: a
 * scope loaded on first use is known to be there when the file is opened.
 */
export function requireScopes(db: Database.Database, scopes: readonly Scope[]): void {
  const partsOf = (table: string, scope: Scope) => new Set(db.prepare(`SELECT part FROM ${table} ${BY_SCOPE}`).pluck().all(scope) as string[]);
  for (const scope of scopes) {
    const index = partsOf('postings', scope);
    const missing = INDEX_PARTS.filter((p) => !index.has(p));
    if (missing.length) throw new Error(`no ${missing.join(', ')} for the ${scope} index`);
    const relevance = partsOf('relevance', scope);
    if (!relevance.size) throw new Error(`no relevance model for the ${scope} scope`);
    const absent = RELEVANCE_PARTS.filter((p) => !relevance.has(p));
    if (absent.length) throw new Error(`no ${absent.join(', ')} in the relevance model`);
  }
}

/** The build info as stored (JSON): which build parts read through different handles came from. */
export function readInfoText(db: Database.Database): string | undefined {
  return db.prepare("SELECT value FROM meta WHERE key = 'info'").pluck().get() as string | undefined;
}

/** Build info only, cheap: used to decide whether a rebuild is needed. */
export function readBuildInfo(file: string): BuildInfo | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (db.pragma('user_version', { simple: true }) !== FORMAT_VERSION) return undefined;
      const row = db.prepare("SELECT value FROM meta WHERE key = 'info'").get() as { value: string } | undefined;
      return row ? (JSON.parse(row.value) as BuildInfo) : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
