import * as z from './zod.js';

/** The first problem of a failed zod parse, placed the way the input writes it. */
export interface Problem {
  /** `transcript[3].speaker`, `limit`, or `root` itself for the value as a whole. */
  where: string;
  /** The schema's own message: what the value must be, with the limit. */
  message: string;
  /** A string or list over its maximum length (callers report it as "too long"). */
  tooLong: boolean;
}

/** The first issue of `error` (the schemas put the check a user meets first, first). */
export function firstProblem(error: z.ZodError, root = ''): Problem {
  const issue = error.issues[0]!;
  const where = issue.path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), root);
  return { where, message: issue.message, tooLong: issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array') };
}

/**
 * A string of at most `max` UTF-16 units, the length every other limit here measures (and
 * what the server's memory holds); zod's own `.max()` counts code points. Over the limit
 * is a `too_big` issue: "is 2001 characters, the limit is 2000".
 */
export function textUpTo(max: number, notText: string) {
  return z.string({ error: notText }).check((ctx) => {
    const length = ctx.value.length;
    if (length > max) ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value, message: `is ${length} characters, the limit is ${max}` });
  });
}
