/**
 * Writes the buyers' other languages' everyday words beside the compiled code, folded, one a
 * line, so no process parses the `stopwords-iso` package's lists (see src/analysis/foreignWords.ts).
 *
 *   node dist/scripts/foreignWords.js        (part of `npm run compile`)
 */
import { writeForeignWords } from '../src/analysis/foreignWords.js';

writeForeignWords();
