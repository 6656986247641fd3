import * as z from './zod.js';
import { KbError } from '../errors.js';

/**
 * A setting from the environment checked by `schema`: unset or blank gives undefined;
 * a bad value a KbError naming the variable and the value as given, with `hint`.
 */
export function envSetting<T>(env: NodeJS.ProcessEnv, name: string, schema: z.ZodType<T>, code: string, hint?: (tooBig: boolean) => string | undefined): T | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new KbError(code, `${name} ${issue.message}, got "${raw}"`, hint?.(issue.code === 'too_big'));
}

export interface NumberSetting {
  /** Used when the variable is unset or blank; named in the hint. */
  fallback: number;
  /** The KbError code of a bad value, e.g. `config.bad-number`. */
  code: string;
  /** Whole numbers only. @default true */
  whole?: boolean;
  /** What the value must be, for the message. @default "a whole number above 0" */
  expected?: string;
  max?: number;
  /** Why the maximum, told before "unset it for the default". */
  maxHint?: string;
}

/** A number above 0 from the environment (counts, limits, durations), `fallback` when unset. */
export function envNumber(env: NodeJS.ProcessEnv, name: string, rule: NumberSetting): number {
  const whole = rule.whole ?? true;
  const must = `must be ${rule.expected ?? `a ${whole ? 'whole ' : ''}number above 0`}`;
  let schema = z.coerce.number({ error: must }).positive({ error: must });
  if (whole) schema = schema.int({ error: must });
  if (rule.max !== undefined) schema = schema.max(rule.max, { error: `must be at most ${rule.max}` });
  const unset = `unset it for the default, ${rule.fallback}`;
  return envSetting(env, name, schema, rule.code, (tooBig) => (tooBig && rule.maxHint ? `${rule.maxHint}; ${unset}` : unset)) ?? rule.fallback;
}
