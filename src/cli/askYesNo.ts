import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

/**
 * Asks yes/no questions on stdin, one answer per line ("y" or "yes" accepts; anything
 * else, or the end of input, declines). Works on a terminal and with piped answers.
 */
export function yesNoAsker(io: CliIo): { ask(question: string): Promise<boolean>; close(): void } {
  if (!io.stdin) return { ask: async () => false, close() {} };
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question) {
      io.stderr.write(`${question} [y/N] `);
      const next = await lines.next();
      const answer = next.done ? '' : String(next.value).trim().toLowerCase();
      if (next.done) io.stderr.write('\n');
      return answer === 'y' || answer === 'yes';
    },
    close: () => rl.close(),
  };
}
