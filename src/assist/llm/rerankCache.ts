import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface CachedRanking {
  ranking: Array<{ id: string; reason: string }>;
}

const SCHEMA_VERSION = 1;

/**
 * Reranks kept in SQLite (a state file next to the index, not inside it: the index is
 * replaced on every build). Keyed by a hash of (normalised query, candidate ids, model),
 * valid for a TTL. WAL, statements prepared once.
 */
export class RerankCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string, number], { ranking: string }>;
  private readonly putStmt: Database.Statement<[string, string, string, number]>;

  constructor(file: string, private readonly ttlSeconds: number, private readonly now = () => Date.now()) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    if (this.db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
      this.db.exec('DROP TABLE IF EXISTS rerank_cache; CREATE TABLE rerank_cache (key TEXT PRIMARY KEY, model TEXT NOT NULL, ranking TEXT NOT NULL, created_at INTEGER NOT NULL)');
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
    this.db.prepare('DELETE FROM rerank_cache WHERE created_at < ?').run(this.now() - ttlSeconds * 1000);
    this.getStmt = this.db.prepare('SELECT ranking FROM rerank_cache WHERE key = ? AND created_at >= ?');
    this.putStmt = this.db.prepare('INSERT OR REPLACE INTO rerank_cache (key, model, ranking, created_at) VALUES (?, ?, ?, ?)');
  }

  get(key: string): CachedRanking | undefined {
    const row = this.getStmt.get(key, this.now() - this.ttlSeconds * 1000);
    return row ? { ranking: JSON.parse(row.ranking) as CachedRanking['ranking'] } : undefined;
  }

  put(key: string, model: string, value: CachedRanking): void {
    this.putStmt.run(key, model, JSON.stringify(value.ranking), this.now());
  }

  close(): void {
    this.db.close();
  }
}
