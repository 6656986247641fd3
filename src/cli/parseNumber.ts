import { KbError } from '../errors.js';
import { RESULT_LIMITS } from '../query/resultLimits.js';

export function parseLimit(value: string): number {
  const n = Number(value);
  const { min, max } = RESULT_LIMITS;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new KbError('cli.bad-limit', `--limit must be a whole number from ${min} to ${max}, got "${value}"`, 'the same limit as the HTTP API');
  }
  return n;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new KbError('cli.bad-port', `--port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

/** Build worker threads: 0 (none) to 64. */
export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new KbError('cli.bad-workers', `--workers must be a whole number from 0 to 64, got "${value}"`, '0 builds in one thread; leave it out to use the cores available when the content is large');
  return n;
}
