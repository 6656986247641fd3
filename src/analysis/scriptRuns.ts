import { HAN_RANGES } from './hanCharacters.js';

/** A stretch of text in one script: Chinese characters, or Latin letters and digits. */
export interface Run {
  script: 'han' | 'latin';
  text: string;
}

// Chinese characters, and Latin words with digits, keeping joiners inside codes and
// numbers: 9975.50, mt103, swift/bic is split at "/".
const RUN = new RegExp(`([${HAN_RANGES}]+)|([a-zA-Z0-9]+(?:[.'’][a-zA-Z0-9]+)*)`, 'g');

/**
 * Splits normalised text into script runs, dropping spaces and punctuation. Chinese and
 * Latin are segmented separately, so a dictionary word such as "KYC审核" can never hide
 * "KYC" inside one token.
 */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(RUN)) {
    if (m[1]) runs.push({ script: 'han', text: m[1] });
    else if (m[2]) runs.push({ script: 'latin', text: m[2] });
  }
  return runs;
}
