import { Worker } from 'node:worker_threads';
import type { Scope } from '../types.js';
import { bytesOf } from '../shared/typedBytes.js';
import { ArticleList, type ArticleColumns } from './articleList.js';
import type { ScopeBlobs } from './indexFile.js';

/** What the reading thread answers; not ok when it could not read them (the caller reads again itself). */
export type ScopesAnswer = { ok: true; blobs: Partial<Record<Scope, ScopeBlobs>>; articles: ArticleColumns; info: string } | { ok: false };

/** The blobs read, the article list, and the build info of the file they were read from (see readInfoText). */
export interface ScopesRead {
  blobs: Partial<Record<Scope, ScopeBlobs>>;
  articles: ArticleList;
  info: string;
}

/**
 * The blobs of `scopes` of `file` and its article list, read by a thread of its own while
 * this one does other work (a server builds its analyzer meanwhile: jieba's dictionary and
 * the blobs each took about a quarter of a start at 20,000 articles, the article list a
 * sixth). The blobs' memory is moved here, not copied.
 * Undefined when they could not be read there: loadKnowledgeBase then reads them itself.
 */
export async function readScopesOffThread(file: string, scopes: readonly Scope[]): Promise<ScopesRead | undefined> {
  const answer = await new Promise<ScopesAnswer>((resolve) => {
    const worker = new Worker(new URL('./scopeBlobsWorker.js', import.meta.url), { workerData: { file, scopes } });
    worker.once('message', resolve);
    worker.once('error', () => resolve({ ok: false }));
    worker.once('exit', () => resolve({ ok: false }));
  });
  if (!answer.ok) return undefined;
  // Structured cloning hands over Uint8Arrays: the decoders want Buffers (views, no copy).
  const asBuffers = <T extends Record<string, Uint8Array>>(parts: T) => Object.fromEntries(Object.entries(parts).map(([k, u]) => [k, bytesOf(u)])) as { [K in keyof T]: Buffer };
  const blobs: Partial<Record<Scope, ScopeBlobs>> = {};
  for (const [scope, b] of Object.entries(answer.blobs) as Array<[Scope, ScopeBlobs]>) blobs[scope] = { index: asBuffers(b.index), relevance: asBuffers(b.relevance) };
  return { blobs, articles: new ArticleList(answer.articles), info: answer.info };
}
