/**
 * Writes jieba's dictionary without its rare words beside the compiled code, so no process
 * prunes it at start (see src/analysis/jiebaDictionary.ts).
 *
 *   node dist/scripts/jiebaDictionary.js        (part of `npm run compile`)
 */
import { writeJiebaDictionary } from '../src/analysis/jiebaDictionary.js';

writeJiebaDictionary();
