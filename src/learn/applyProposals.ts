import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../pipeline/compileContent.js';
import { ContentError } from '../errors.js';
import { addQuestions } from './addQuestions.js';
import type { Proposal } from './proposals.js';

/**
 * Writes accepted proposals into their articles' files, then lints the content. If the
 * edit brought in a lint error (say, a question another article already has), every file
 * is put back as it was and the errors are thrown: learning never leaves content broken.
 */
export function applyProposals(contentDir: string, accepted: readonly Proposal[]): { files: string[] } {
  const byFile = new Map<string, string[]>();
  for (const p of accepted) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.question]);
  const errorsBefore = lintErrors(contentDir);
  const originals = new Map<string, string>();
  for (const [file, questions] of byFile) {
    const path = join(contentDir, file);
    const text = readFileSync(path, 'utf8');
    const updated = addQuestions(text, questions, file);
    originals.set(path, text);
    writeFileSync(path, updated);
  }
  const introduced = lintErrors(contentDir).filter((d) => !errorsBefore.some((b) => b.code === d.code && b.file === d.file && b.message === d.message));
  if (introduced.length) {
    for (const [path, text] of originals) writeFileSync(path, text);
    throw new ContentError(introduced);
  }
  return { files: [...byFile.keys()] };
}

function lintErrors(contentDir: string) {
  return compileContent({ contentDir }).diagnostics.filter((d) => d.severity === 'error');
}
