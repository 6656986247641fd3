import { Analyzer } from '../../analysis/analyzer.js';
import { HttpError, type Diagnostic } from '../../errors.js';
import { KnowledgeBase } from '../../query/knowledgeBase.js';
import { openIndexFile, readBuildInfo, readHeader, readInfoText } from '../../store/indexFile.js';
import { loadKnowledgeBase, type AlreadyRead } from '../../store/loadKnowledgeBase.js';
import { readScopesOffThread } from '../../store/readScopesOffThread.js';

/**
 * How a server opens an index: the agent scope now (what agents, the console and assist
 * query: /readyz answers 200 once it is in memory), the public scope on the first public
 * API request, so a server that answers agents only never holds it (half the memory).
 */
export function openForServing(file: string): KnowledgeBase {
  return KnowledgeBase.open(file, ['agent'], ['public']);
}

/**
 * openForServing for a large index, in two threads: another reads the agent scope's blobs
 * and the article list while this one makes the analyzer from the file's header (jieba's
 * dictionary with the file's own words, the speller's vocabulary): at 20,000 articles
 * each was about a quarter of a start. The same knowledge base, and the same errors, as openForServing.
 */
export async function openForServingOverlapped(file: string): Promise<KnowledgeBase> {
  const reading = readScopesOffThread(file, ['agent']);
  let read: AlreadyRead = {};
  let analyzer: Analyzer | undefined;
  try {
    const db = openIndexFile(file);
    try {
      read = { info: readInfoText(db), header: readHeader(db) };
    } finally {
      db.close();
    }
    analyzer = new Analyzer(read.header!.analyzer);
  } catch {
    // A file that cannot be read fails below, with the error openForServing gives.
  }
  const blobs = await reading;
  // Read from another build than the header (a rebuild renamed a new file over it between): read here.
  if (blobs && blobs.info === read.info) read = { ...read, blobs: blobs.blobs, articles: blobs.articles };
  const loaded = loadKnowledgeBase(file, ['agent'], ['public'], read);
  // The analyzer is this build's when the header read above was used (same object).
  return new KnowledgeBase(loaded, loaded.analyzer === read.header?.analyzer ? analyzer : undefined);
}

/**
 * From this many files (articles × locales) a server reads an index in two threads
 * (openForServingOverlapped). Below, reading it takes milliseconds, less than a thread's
 * own start.
 */
export const OVERLAPPED_FROM_FILES = 2000;

/** openForServing, or openForServingOverlapped for a large index (by the file's own build info). */
export async function openForServingBySize(file: string): Promise<KnowledgeBase> {
  const files = readBuildInfo(file)?.files ?? 0;
  return files >= OVERLAPPED_FROM_FILES ? openForServingOverlapped(file) : openForServing(file);
}

export interface BuildFailure {
  at: string;
  message: string;
  diagnostics: Diagnostic[];
}

/**
 * The knowledge base being served, swapped whole when a rebuild succeeds. A request takes
 * `current` once and uses that instance to the end, so requests in flight finish on the
 * old index while new ones see the new one. A failed rebuild changes nothing that is
 * served; it is remembered for /readyz until the next success.
 */
export class LiveKnowledgeBase {
  private kb: KnowledgeBase | undefined;
  private failure: BuildFailure | undefined;
  /**
   * False while the content of the index served is checked after a start that served it
   * first (a large index, see checkContentAfterReady): /readyz says so, for a rollout
   * that must see the latest content.
   */
  contentChecked = true;

  constructor(kb?: KnowledgeBase) {
    kb?.warm();
    this.kb = kb;
  }

  get ready(): boolean {
    return this.kb !== undefined;
  }

  get current(): KnowledgeBase {
    if (!this.kb) throw new HttpError(503, 'index.not-ready', 'the knowledge base is not loaded yet', 'retry in a moment; see /readyz');
    return this.kb;
  }

  get lastError(): BuildFailure | undefined {
    return this.failure;
  }

  /**
   * Serves `kb` from now on. It first loads the scopes the current one has loaded and warms
   * it (see KnowledgeBase.warm), so a swap leaves no loading to the next requests.
   */
  swap(kb: KnowledgeBase): void {
    if (this.kb) kb.load(this.kb.loadedScopes);
    kb.warm();
    this.kb = kb;
    this.failure = undefined;
  }

  fail(failure: BuildFailure): void {
    this.failure = failure;
  }
}
