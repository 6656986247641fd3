import * as z from '../shared/zod.js';
import { QueryError } from '../errors.js';
import { firstProblem, textUpTo } from '../shared/validation.js';
import { MAX_TURN_CHARS, type Speaker } from './transcriptText.js';

export { transcriptFromText } from './transcriptText.js';

export interface Turn {
  speaker: Speaker;
  text: string;
  /** When it was said (ISO time or seconds into the call); informational. */
  at?: string | number;
}

export const MAX_TURNS = 500;

const turnSchema = z.object(
  {
    speaker: z.enum(['customer', 'agent'], { error: 'must be "customer" or "agent"' }),
    text: textUpTo(MAX_TURN_CHARS, 'must be a string'),
    at: z.union([z.string(), z.number()], { error: 'must be a time string or a number of seconds' }).optional(),
  },
  { error: 'must be an object {speaker, text}' },
);

const transcriptSchema = z
  .array(turnSchema, { error: 'must be an array of {speaker, text} turns' })
  .max(MAX_TURNS, { error: (iss) => `has ${(iss.input as unknown[]).length} turns, the limit is ${MAX_TURNS}` });

/**
 * Checks a transcript from outside (HTTP body, file) and returns it typed. Errors name
 * the turn: `transcript[3].speaker must be "customer" or "agent"`.
 */
export function parseTranscript(value: unknown): Turn[] {
  const result = transcriptSchema.safeParse(value);
  if (result.success) return result.data;
  const problem = firstProblem(result.error, 'transcript');
  throw new QueryError(problem.tooLong ? 'transcript.too-long' : 'transcript.invalid', `${problem.where} ${problem.message}`);
}
