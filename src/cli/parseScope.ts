import { KbError } from '../errors.js';
import type { Scope } from '../types.js';

export function parseScope(value: string | undefined): Scope | undefined {
  if (value === undefined) return undefined;
  if (value === 'agent' || value === 'public') return value;
  throw new KbError('cli.bad-scope', `--scope must be agent or public, got "${value}"`);
}
