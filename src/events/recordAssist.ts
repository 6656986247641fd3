import type { RerankedAssist } from '../assist/assist.js';
import { confidentOf, type EventClient, type EventRecorder } from './eventRecorder.js';

/** An assist answer as an event: the derived query (masked by the recorder) and the ids shown. */
export function recordAssist(recorder: EventRecorder, client: EventClient, searchId: string, result: Omit<RerankedAssist, 'maskedTurns'>, startedAt: number): void {
  recorder.assist(client, { searchId, scope: 'agent', query: result.query, locale: result.locale, hits: result.hits, confident: confidentOf(result), latencyMs: performance.now() - startedAt });
}
