import { HttpError, type Diagnostic } from '../../errors.js';
import { KnowledgeBase } from '../../query/knowledgeBase.js';

/**
 * How a server opens an index: the agent scope now (what agents, the console and assist
 * query: /readyz answers 200 once it is in memory), the public scope on the first public
 * API request, so a server that answers agents only never holds it (half the memory).
 */
export function openForServing(file: string): KnowledgeBase {
  return KnowledgeBase.open(file, ['agent'], ['public']);
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

  constructor(kb?: KnowledgeBase) {
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
   * Serves `kb` from now on. It first loads the scopes the current one has loaded, so a
   * swap never leaves the next public request to load the public scope.
   */
  swap(kb: KnowledgeBase): void {
    if (this.kb) kb.load(this.kb.loadedScopes);
    this.kb = kb;
    this.failure = undefined;
  }

  fail(failure: BuildFailure): void {
    this.failure = failure;
  }
}
