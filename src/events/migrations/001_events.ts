/**
 * The events table and its indexes. Dialect-neutral SQL: the same text runs on SQLite and
 * PostgreSQL (BIGINT milliseconds, SMALLINT 0/1 flags, result ids as a JSON array in TEXT),
 * so both stores have one schema and one history of migrations.
 */
export const createEvents = `
CREATE TABLE kb_events (
  id TEXT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  type TEXT NOT NULL,
  scope TEXT NOT NULL,
  search_id TEXT,
  query TEXT,
  locale TEXT,
  category TEXT,
  result_ids TEXT,
  top_score DOUBLE PRECISION,
  confident SMALLINT,
  latency_ms DOUBLE PRECISION,
  article_id TEXT,
  result_rank INTEGER,
  helpful SMALLINT,
  reason TEXT,
  comment TEXT,
  agent TEXT,
  sample SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX kb_events_at ON kb_events (at_ms);
CREATE INDEX kb_events_search ON kb_events (search_id);
`;
