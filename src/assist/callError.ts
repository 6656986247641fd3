import { KbError } from '../errors.js';

/**
 * Why a live-call operation was refused: the call does not exist (or belongs to another
 * client), a cap was reached, or the call's text is over its limit. The server maps the
 * kind to an HTTP status; the call state machine knows nothing of HTTP.
 */
export type CallErrorKind = 'not-found' | 'limit' | 'too-large';

export class CallError extends KbError {
  readonly kind: CallErrorKind;

  constructor(kind: CallErrorKind, code: string, message: string, hint?: string) {
    super(code, message, hint);
    this.name = 'CallError';
    this.kind = kind;
  }
}
