import { agentLabel } from './agentLabel.js';
import { t } from './i18n.js';
import { storageGet } from './storage.js';

/** The agent API: requests with the agent token, JSON in and out, errors as ApiError. */

export const TOKEN_KEY = 'kb-console.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

interface ApiInit {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
  /** Lets the request outlive the page (ending a call on pagehide, an event). */
  keepalive?: boolean;
  headers?: Record<string, string>;
}

let onAuthNeeded: (status: 401 | 403) => void = () => undefined;

/** Who asks for the token when the API answers 401 / 403 (the token form). */
export function setAuthHandler(handler: (status: 401 | 403) => void): void {
  onAuthNeeded = handler;
}

/** A request to the agent API with the agent token; throws ApiError unless the answer is 2xx. */
export async function apiFetch(path: string, init: ApiInit = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: init.accept ?? 'application/json', ...init.headers };
  const token = storageGet(() => sessionStorage, TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const agent = agentLabel();
  if (agent) headers['X-Agent-Id'] = agent;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      keepalive: init.keepalive,
      credentials: 'same-origin',
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(0, t('networkError'));
  }
  if (res.ok) return res;
  let body: { error?: { code?: string; message?: string; hint?: string } } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy's error page): keep the status
  }
  if (res.status === 401 || res.status === 403) onAuthNeeded(res.status);
  throw new ApiError(res.status, body.error?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(), body.error?.hint);
}

export async function api<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await apiFetch(path, { signal });
  return (await res.json()) as T;
}

/** What to tell the agent about a failed request. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 401 || e.status === 403) return t('authError');
    return e.hint ? `${e.message} (${e.hint})` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}
