import { KbError } from '../errors.js';
import { MAX_LIMIT } from '../query/search.js';

export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new KbError('cli.bad-limit', `--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${value}"`);
  }
  return n;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new KbError('cli.bad-port', `--port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}
