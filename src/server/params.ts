import type { Request } from 'express';
import { HttpError } from '../errors.js';
import { parseLocale } from '../query/locale.js';
import type { Locale } from '../types.js';

/** A single string query parameter; repeated parameters (`?q=a&q=b`) are rejected, not guessed. */
export function stringParam(req: Request, name: string, max: number): string | undefined {
  const v: unknown = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new HttpError(400, 'param.invalid', `"${name}" must be given once, as text`);
  if (v.length > max) throw new HttpError(400, 'param.too-long', `"${name}" is ${v.length} characters, the limit is ${max}`);
  return v;
}

export function intParam(req: Request, name: string, min: number, max: number, fallback: number): number {
  const v = stringParam(req, name, 10);
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, 'param.invalid', `"${name}" must be a whole number from ${min} to ${max}, got "${v}"`);
  return n;
}

export function localeParam(req: Request): Locale | undefined {
  return parseLocale(stringParam(req, 'locale', 10));
}
