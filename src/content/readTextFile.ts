import { readFileSync, statSync } from 'node:fs';
import { KbError } from '../errors.js';

/** Largest content file accepted. Articles are a few KB; anything this big is a mistake. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

export type TextFileResult = { ok: true; text: string; bytes: Buffer } | { ok: false; message: string; hint: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text, refusing (not throwing on) files that are too large,
 * binary or not valid UTF-8, so one bad file never stops the others from being checked.
 */
export function readTextFile(path: string, maxBytes = MAX_CONTENT_FILE_BYTES): TextFileResult {
  const size = statSync(path).size;
  if (size > maxBytes) {
    return {
      ok: false,
      message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit`,
      hint: maxBytes === MAX_CONTENT_FILE_BYTES ? 'split the article, or move large attachments out of content/' : 'split the file',
    };
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    return { ok: false, message: 'file is binary (contains NUL bytes), not Markdown text', hint: 'save it as UTF-8 text' };
  }
  try {
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return { ok: true, text, bytes };
  } catch {
    return { ok: false, message: 'file is not valid UTF-8', hint: 're-save it as UTF-8 (GBK/Big5 are not supported)' };
  }
}

/** Largest transcript or evaluation set accepted: far above any real one, low enough to fail fast on a wrong file. */
export const MAX_INPUT_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a file the user named (a transcript, an evaluation set) with the same checks as
 * content files, throwing one clear KbError (`<component>.unreadable`) naming the path.
 */
export function readInputFile(path: string, component: string, shownAs = path): string {
  let read: TextFileResult;
  try {
    read = readTextFile(path, MAX_INPUT_FILE_BYTES);
  } catch (err) {
    throw new KbError(`${component}.unreadable`, `${component}: cannot read ${shownAs}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!read.ok) throw new KbError(`${component}.unreadable`, `${component}: ${shownAs}: ${read.message}`, read.hint);
  return read.text;
}
