import { HttpError, type Diagnostic } from '../../errors.js';
import type { KnowledgeBase } from '../../query/knowledgeBase.js';

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

  swap(kb: KnowledgeBase): void {
    this.kb = kb;
    this.failure = undefined;
  }

  fail(failure: BuildFailure): void {
    this.failure = failure;
  }
}
