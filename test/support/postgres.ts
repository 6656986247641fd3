import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** `KB_TEST_DATABASE_URL` (set by .ci/run); without it PostgreSQL tests skip, saying why. */
export const PG_URL = process.env.KB_TEST_DATABASE_URL || undefined;
export const PG_SKIP_REASON = 'skipped: KB_TEST_DATABASE_URL is not set (CI sets it; see README "Events")';

/** A describe title that carries the skip reason when PostgreSQL is not configured. */
export const pgTitle = (title: string) => (PG_URL ? title : `${title} (${PG_SKIP_REASON})`);

export interface PgSchema {
  /** The test URL with `search_path` set to a schema of its own, so runs never collide. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named schema in the test database. */
export async function freshSchema(): Promise<PgSchema> {
  const name = `kb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${name} CASCADE`);
      await c.end();
    },
  };
}
