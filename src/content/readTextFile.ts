import { readFileSync, statSync } from 'node:fs';

/** Largest content file accepted. Articles are a few KB; anything this big is a mistake. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

export type TextFileResult = { ok: true; text: string; bytes: Buffer } | { ok: false; message: string; hint: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text, refusing (not throwing on) files that are too large,
 * binary or not valid UTF-8, so one bad file never stops the others from being checked.
 */
export function readTextFile(path: string): TextFileResult {
  const size = statSync(path).size;
  if (size > MAX_CONTENT_FILE_BYTES) {
    return {
      ok: false,
      message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB limit`,
      hint: 'split the article, or move large attachments out of content/',
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
