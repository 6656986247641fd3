import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { MAX_QUERY_CHARS, search } from '../query/search.js';
import { RESULT_LIMITS } from '../query/resultLimits.js';
import type { Scope } from '../types.js';
import { MASK } from './personalData.js';
import type { Turn } from './transcript.js';

/**
 * The highest confidence any one customer turn gets when searched on its own, as a typed
 * query (0 when none is informative): a call's `turn` signal. A call about something the
 * content covers usually asks it in one turn ("钱到了但是少了二十五刀"); an out-of-scope
 * call shares words with the content turn by turn (greetings, the account check, amounts)
 * without one turn that a typed search would answer with confidence. `maskedTurns`: the
 * call's turns with personal data masked (DerivedQuery.maskedTurns), so no card or phone
 * number is searched or becomes a key of the index's result cache, through which a live
 * call pays for each turn once.
 */
export function bestTurnConfidence(kb: KnowledgeBase, maskedTurns: readonly Turn[], scope: Scope): number {
  let best = 0;
  for (const turn of maskedTurns) {
    if (turn.speaker !== 'customer') continue;
    const text = turn.text.replace(MASK, ' ').trim();
    // A turn past the typed limit is a monologue, not a question one search could answer.
    if (!text || text.length > MAX_QUERY_CHARS) continue;
    const top = search(kb, text, { scope, limit: RESULT_LIMITS.min }).hits[0];
    if (top && top.confidence > best) best = top.confidence;
  }
  return best;
}
