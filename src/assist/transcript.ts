import { QueryError } from '../errors.js';
import { MAX_TURN_CHARS, type Speaker } from './transcriptText.js';

export { transcriptFromText } from './transcriptText.js';

export interface Turn {
  speaker: Speaker;
  text: string;
  /** When it was said (ISO time or seconds into the call); informational. */
  at?: string | number;
}

export const MAX_TURNS = 500;

/**
 * Checks a transcript from outside (HTTP body, file) and returns it typed. Errors name
 * the turn: `transcript[3].speaker must be "customer" or "agent"`.
 */
export function parseTranscript(value: unknown): Turn[] {
  if (!Array.isArray(value)) throw new QueryError('transcript.invalid', 'transcript must be an array of {speaker, text} turns');
  if (value.length > MAX_TURNS) throw new QueryError('transcript.too-long', `transcript has ${value.length} turns, the limit is ${MAX_TURNS}`);
  return value.map((turn: unknown, i) => {
    const where = `transcript[${i}]`;
    if (turn === null || typeof turn !== 'object') throw new QueryError('transcript.invalid', `${where} must be an object {speaker, text}`);
    const { speaker, text, at } = turn as Record<string, unknown>;
    if (speaker !== 'customer' && speaker !== 'agent') throw new QueryError('transcript.invalid', `${where}.speaker must be "customer" or "agent"`);
    if (typeof text !== 'string') throw new QueryError('transcript.invalid', `${where}.text must be a string`);
    if (text.length > MAX_TURN_CHARS) throw new QueryError('transcript.too-long', `${where}.text is ${text.length} characters, the limit is ${MAX_TURN_CHARS}`);
    if (at !== undefined && typeof at !== 'string' && typeof at !== 'number') throw new QueryError('transcript.invalid', `${where}.at must be a time string or a number of seconds`);
    return at === undefined ? { speaker, text } : { speaker, text, at };
  });
}
