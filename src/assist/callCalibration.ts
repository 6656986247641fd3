import { CALL_CALIBRATION, QUERY_CALIBRATION, type Calibration } from '../relevance/confidence.js';

/**
 * The calibration of a call's confidence. A call whose words come from one turn (its start)
 * is as short as a typed query, and the call calibration is fitted on whole calls: it would
 * call a one-line question confident. Agent assist applies it and scripts/fitConfidence.ts
 * fits CALL_CALIBRATION on the calls it picks, so the two cannot disagree.
 */
export function callCalibration(wordyTurns: number): Calibration {
  return wordyTurns > 1 ? CALL_CALIBRATION : QUERY_CALIBRATION;
}
