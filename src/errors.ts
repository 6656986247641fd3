/**
 * Typed errors. Every error the product raises on purpose is a KbError with a stable
 * `code`, so the CLI and the HTTP layer can turn it into one clear line or a JSON body
 * without guessing from message text.
 */

export class KbError extends Error {
  readonly code: string;
  /** Extra line telling the user how to fix it, printed after the message. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = 'KbError';
    this.code = code;
    this.hint = hint;
  }
}

/** One problem found in a content file. Collected, not thrown, so a build reports all of them. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable identifier of the check, e.g. `front-matter.missing-field`. */
  code: string;
  /** Path relative to the content folder. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Front matter field or section the problem is in, when known. */
  field?: string;
  message: string;
  hint?: string;
}

/** A build or lint that found errors in the content. Carries every diagnostic. */
export class ContentError extends KbError {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super('content.invalid', `content: ${errors.length} error(s) in ${new Set(errors.map((d) => d.file)).size} file(s)`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/** Bad user input to a query (too long, unknown locale, ...). */
export class QueryError extends KbError {
  constructor(code: string, message: string, hint?: string) {
    super(code, message, hint);
    this.name = 'QueryError';
  }
}

/** Formats a diagnostic as `file:line [field] message (hint)`, the way compilers do. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const field = d.field ? ` [${d.field}]` : '';
  const hint = d.hint ? `\n    hint: ${d.hint}` : '';
  return `${where}: ${d.severity}${field}: ${d.message}${hint}`;
}

/** An error with an HTTP status, turned into `{error: {code, message}}` by the server's error handler. */
export class HttpError extends KbError {
  readonly status: number;
  /** Sent as Retry-After (seconds) with the error response. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, code: string, message: string, hint?: string, retryAfterSeconds?: number) {
    super(code, message, hint);
    this.name = 'HttpError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
