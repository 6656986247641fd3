import { KbError } from '../errors.js';

/**
 * `KB_DATABASE_URL` checked before any connection: a URL of another kind fails with a
 * typed error that never echoes the value (it may carry a password).
 */
export function checkDatabaseUrl(url: string): string {
  if (!/^postgres(?:ql)?:\/\//.test(url)) {
    throw new KbError('config.bad-database-url', 'KB_DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/db)', 'unset it to keep state in .kb/state.sqlite');
  }
  return url;
}
