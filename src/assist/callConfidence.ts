import type { KnowledgeBase } from '../query/knowledgeBase.js';
import { CALL_CALIBRATION, type Calibration, type CallSignals } from '../relevance/confidence.js';
import type { Scope } from '../types.js';
import { agentDeclined } from './agentDeclined.js';
import { callCalibration } from './callCalibration.js';
import type { DerivedQuery } from './deriveQuery.js';
import { surestTurn, type SurestTurn } from './surestTurn.js';

/** How a call's confidence is computed: its calibration, and the signals only a call has. */
export interface CallConfidence {
  calibration: Calibration;
  signals: CallSignals;
  /** Searched only for a call scored with CALL_CALIBRATION. */
  surest?: SurestTurn;
}

/**
 * The calibration and the call's own signals (its surest turn, an agent's decline) of a derived
 * call, as agent assist weighs them and scripts/fitConfidence.ts fits them. A call whose words
 * come from one turn is scored as a typed query (callCalibration), whose weights for these
 * signals are 0: nothing to search again, nothing to read.
 */
export function callConfidence(kb: KnowledgeBase, derived: DerivedQuery, scope: Scope): CallConfidence {
  const calibration = callCalibration(derived.wordyTurns);
  if (calibration !== CALL_CALIBRATION) return { calibration, signals: { turn: 0, declined: 0 } };
  const surest = surestTurn(kb, derived.maskedTurns, scope);
  return { calibration, surest, signals: { turn: surest.confidence, declined: agentDeclined(derived.maskedTurns, kb.ourNames) } };
}
