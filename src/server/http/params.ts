import type { Request } from 'express';
import * as z from '../../shared/zod.js';
import { HttpError } from '../../errors.js';
import { firstProblem, textUpTo } from '../../shared/validation.js';

/** A query parameter given once, as text of at most `max` characters; repeated parameters (`?q=a&q=b`) are rejected, not guessed. */
export function textParam(max: number) {
  return textUpTo(max, 'must be given once, as text');
}

/** A whole number from `min` to `max` given as text; `fallback` when absent or empty. */
export function wholeNumberParam(min: number, max: number, fallback: number) {
  return textParam(10)
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    });
}

/** The `locale` parameter, as text: parseLocale (query/locale.ts) names the locale. */
export const localeParam = textParam(10).optional();

/** The query string checked by `schema`; 400 `param.too-long` or `param.invalid` naming the parameter otherwise. */
export function parseQuery<T extends z.ZodType>(req: Request, schema: T): z.output<T> {
  const result = schema.safeParse(req.query);
  if (result.success) return result.data;
  const problem = firstProblem(result.error);
  throw new HttpError(400, problem.tooLong ? 'param.too-long' : 'param.invalid', `"${problem.where}" ${problem.message}`);
}
