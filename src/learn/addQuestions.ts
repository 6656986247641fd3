import { isDeepStrictEqual } from 'node:util';
import { isSeq, parseDocument, stringify, type Scalar } from 'yaml';
import { KbError } from '../errors.js';

/**
 * Adds similar questions to the `questions:` list of one article file's front matter and
 * returns the new file text. Only lines are inserted after the list's last item, with
 * its indentation, so comments, quoting, flow lists and every other byte stay as they
 * were (re-serialising the document would reformat flow lists). The yaml Document API
 * finds the list and checks the result: the new front matter must parse to the old one
 * with exactly these questions appended.
 */
export function addQuestions(fileText: string, questions: readonly string[], file: string): string {
  const lines = fileText.split('\n');
  const closing = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (lines[0]?.trimEnd() !== '---' || closing === -1) throw new KbError('learn.no-front-matter', `learn: ${file} has no front matter`);
  const start = lines[0].length + 1;
  const yamlText = lines.slice(1, closing).join('\n');
  const doc = parseDocument(yamlText);
  const seq = doc.get('questions', true);
  if (!isSeq(seq) || seq.flow || !seq.items.length) {
    throw new KbError('learn.questions-not-a-list', `learn: ${file}: "questions:" is not a block list with items, so it cannot be extended safely`, 'write the questions as a "- ..." list, one per line');
  }
  const first = seq.items[0] as Scalar;
  const last = seq.items[seq.items.length - 1] as Scalar;
  const lineStart = yamlText.lastIndexOf('\n', first.range![0]) + 1;
  const indent = /^(\s*)-/.exec(yamlText.slice(lineStart))?.[1] ?? '  ';
  const lineEnd = yamlText.indexOf('\n', last.range![1]);
  const at = lineEnd === -1 ? yamlText.length : lineEnd;
  const added = questions.map((q) => `\n${indent}- ${stringify(q, { lineWidth: 0 }).trimEnd()}`).join('');
  const newYaml = yamlText.slice(0, at) + added + yamlText.slice(at);

  const before = doc.toJS() as Record<string, unknown>;
  const after = parseDocument(newYaml).toJS() as Record<string, unknown>;
  const expected = { ...before, questions: [...(before.questions as string[]), ...questions] };
  if (!isDeepStrictEqual(after, expected)) throw new KbError('learn.edit-failed', `learn: ${file}: adding the questions would change more than the list; nothing was written`);
  return fileText.slice(0, start) + newYaml + fileText.slice(start + yamlText.length);
}
