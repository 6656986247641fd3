import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { MAX_QUERY_CHARS, search } from '../query/search.js';
import { RESULT_LIMITS } from '../query/resultLimits.js';
import type { Scope } from '../types.js';
import { withoutMasks } from './personalData.js';
import type { Turn } from './transcript.js';

/** A call's surest turn: its position in the turns given, its top hit's confidence, and whether that search was confident. */
export interface SurestTurn {
  /** -1 when no customer turn gets any confidence. */
  index: number;
  confidence: number;
  confident: boolean;
}

/**
 * The customer turn whose top hit gets the highest confidence when searched on its own, as a
 * typed query: a call's `turn` signal, and the turn agent assist keeps in the call's query. A
 * call about something the content covers usually asks it in one turn ("钱到了但是少了二十五刀");
 * an out-of-scope call shares words with the content turn by turn (greetings, the account
 * check, amounts) without one turn that a typed search would answer with confidence.
 * `maskedTurns`: the call's turns with personal data masked (DerivedQuery.maskedTurns), so no
 * card or phone number is searched or becomes a key of the index's result cache, through
 * which a live call pays for each turn once. The first of equally sure turns wins.
 */
export function surestTurn(kb: KnowledgeBase, maskedTurns: readonly Turn[], scope: Scope): SurestTurn {
  const surest: SurestTurn = { index: -1, confidence: 0, confident: false };
  maskedTurns.forEach((turn, index) => {
    if (turn.speaker !== 'customer') return;
    const text = withoutMasks(turn.text).trim();
    // A turn past the typed limit is a monologue, not a question one search could answer.
    if (!text || text.length > MAX_QUERY_CHARS) return;
    const { hits, confident } = search(kb, text, { scope, limit: RESULT_LIMITS.min });
    if (hits[0] && hits[0].confidence > surest.confidence) Object.assign(surest, { index, confidence: hits[0].confidence, confident });
  });
  return surest;
}
