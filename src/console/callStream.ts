import { ApiError, apiFetch, isAbort } from './api.js';
import type { SuggestionsEvent } from './apiTypes.js';
import { onSuggestions } from './callSuggestions.js';
import { call, setCallStatus, showCallError, type LiveCall } from './callState.js';
import { t } from './i18n.js';
import { closeCall } from './liveCall.js';

/**
 * The call's Server-Sent Events stream, read with fetch() because EventSource cannot send
 * the agent token.
 */

const MAX_STREAM_RETRIES = 5;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** Follows the call's suggestions until it ends, reconnecting (with back-off) when the stream drops. */
export async function followCall(c: LiveCall): Promise<void> {
  while (call.live === c) {
    const controller = new AbortController();
    c.stream = controller;
    try {
      const res = await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}/events`, { signal: controller.signal, accept: 'text/event-stream' });
      if (!res.body) throw new Error('no response body');
      const ended = await readEvents(res.body, (name, data) => onCallEvent(c, name, data));
      if (ended) {
        if (call.live === c) endedRemotely();
        return;
      }
    } catch (e) {
      if (call.live !== c || isAbort(e)) return;
      if (e instanceof ApiError && e.status === 404) return endedRemotely();
    }
    if (call.live !== c) return;
    if (++c.retries > MAX_STREAM_RETRIES) {
      setCallStatus('statusLost');
      showCallError(t('callLost'));
      return;
    }
    setCallStatus('statusReconnecting');
    await sleep(Math.min(8000, 500 * 2 ** c.retries));
  }
}

function endedRemotely(): void {
  closeCall('statusEnded');
  showCallError(t('callEndedRemote'));
}

/**
 * Reads a text/event-stream body: events are separated by a blank line, `event:` names one,
 * `data:` lines are its data, lines starting with ":" are comments. Resolves true when the
 * server sent `end`, false when the stream closed without it.
 */
async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (name: string, data: string) => void): Promise<boolean> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let name = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // Complete lines only; a trailing "\r" may be the first half of "\r\n".
      const lines = buffer.split(/\r\n|\n|\r(?=.)/s);
      buffer = done ? '' : lines.pop()!;
      for (const line of lines) {
        if (line === '') {
          if (data.length) {
            const event = name || 'message';
            const payload = data.join('\n');
            data = [];
            if (event === 'end') return true;
            onEvent(event, payload);
          }
          name = '';
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
      if (done) return false;
    }
  } finally {
    reader.releaseLock();
  }
}

function onCallEvent(c: LiveCall, name: string, data: string): void {
  if (call.live !== c) return;
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return; // not ours to show
  }
  if (name === 'ready') {
    c.retries = 0;
    setCallStatus('statusLive');
  } else if (name === 'suggestions') {
    onSuggestions(c, payload as SuggestionsEvent);
  }
}
