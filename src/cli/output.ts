import { formatDiagnostic, type Diagnostic } from '../errors.js';
import { decodeEntities } from '../shared/html.js';
import type { CliIo } from './io.js';

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeDiagnostics(io: CliIo, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
}

export function countBySeverity(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** A highlighted snippet (HTML with <mark>) for a terminal: bold on a TTY, [brackets] otherwise. */
export function terminalSnippet(html: string, tty: boolean): string {
  const marked = html.replace(/<mark>(.*?)<\/mark>/g, tty ? '\u001b[1m$1\u001b[22m' : '[$1]');
  return decodeEntities(marked);
}

/** Printed above the hits when the top hit is not confident: the candidates may not answer the question. */
export const NOT_CONFIDENT = 'no confident match: the content may not answer this (try other words, or escalate). Candidates:';
