import { ApiError, apiFetch, errorText } from './api.js';
import { followCall } from './callStream.js';
import { renderCallEvent, renderCallWaiting } from './callSuggestions.js';
import { call, setCallStatus, setSpeaker, showCallError, ui } from './callState.js';
import { relabelTranscript } from './callTranscript.js';
import { locale, t } from './i18n.js';
import type { LabelKey } from './labels.js';

/** Starting and ending a live call (agent assist while the customer talks). */

function setToggle(key: 'callStart' | 'callEnd'): void {
  ui.toggle.dataset.i18n = key;
  ui.toggle.textContent = t(key);
  ui.toggle.classList.toggle('btn-primary', key === 'callStart');
  ui.toggle.classList.toggle('btn-end', key === 'callEnd');
}

/** Labels drawn by script (the static ones follow data-i18n). */
export function relabelCall(): void {
  setSpeaker(call.speaker);
  setCallStatus(call.statusKey);
  relabelTranscript();
  if (call.lastEvent) renderCallEvent(call.lastEvent);
  else if (call.live) renderCallWaiting();
}

export function isCallLive(): boolean {
  return call.live !== null;
}

export function focusCallLine(): void {
  ui.line.focus();
}

async function startCall(): Promise<void> {
  call.busy = true;
  ui.toggle.setAttribute('aria-disabled', 'true'); // not `disabled`: that would drop the focus
  showCallError(null);
  const requested = locale();
  try {
    const res = await apiFetch('/api/assist/calls', { method: 'POST', body: { locale: requested } });
    const created = (await res.json()) as { id: string };
    call.live = { id: created.id, stream: new AbortController(), lines: 0, pending: 0, turns: 0, shownTurns: 0, retries: 0, queue: Promise.resolve() };
    ui.section.dataset.state = 'live';
    ui.section.dataset.callId = created.id;
    document.body.classList.add('is-on-call');
    ui.transcript.replaceChildren();
    ui.transcript.hidden = false;
    ui.transcript.classList.remove('is-ended');
    ui.hint.hidden = true;
    ui.compose.hidden = false;
    ui.understood.hidden = false;
    ui.results.hidden = false;
    call.lastEvent = null;
    call.newHitIds = new Set();
    renderCallWaiting();
    setToggle('callEnd');
    setCallStatus('statusConnecting');
    void followCall(call.live);
    ui.line.focus();
  } catch (e) {
    showCallError(t('callStartError', { msg: errorText(e) }));
  } finally {
    call.busy = false;
    ui.toggle.removeAttribute('aria-disabled');
  }
}

async function endCall(): Promise<void> {
  const c = call.live;
  if (!c) return;
  call.busy = true;
  ui.toggle.setAttribute('aria-disabled', 'true');
  closeCall('statusEnded');
  try {
    await c.queue; // a line in flight is answered before the call goes
    await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}`, { method: 'DELETE' });
  } catch (e) {
    // 404: the server had already ended it; anything else is worth saying.
    if (!(e instanceof ApiError && e.status === 404)) showCallError(t('callEndError', { msg: errorText(e) }));
  } finally {
    call.busy = false;
    ui.toggle.removeAttribute('aria-disabled');
  }
}

/** Clears the call's state; the transcript stays on screen until the next call starts. */
export function closeCall(status: LabelKey): void {
  const c = call.live;
  call.live = null;
  c?.stream.abort();
  ui.section.dataset.state = 'ended';
  delete ui.section.dataset.callId;
  document.body.classList.remove('is-on-call');
  ui.transcript.classList.add('is-ended');
  ui.transcript.hidden = ui.transcript.childElementCount === 0;
  ui.compose.hidden = true;
  ui.understood.hidden = true;
  ui.results.hidden = true;
  ui.pasteBox.open = false;
  ui.hint.dataset.i18n = 'callHintEnded';
  ui.hint.textContent = t('callHintEnded');
  ui.hint.hidden = false;
  call.lastEvent = null;
  call.newHitIds = new Set();
  ui.query.textContent = '';
  ui.entities.replaceChildren();
  ui.list.replaceChildren();
  setToggle('callStart');
  setCallStatus(status);
}

ui.toggle.addEventListener('click', () => {
  if (call.busy) return;
  void (call.live ? endCall() : startCall());
});

// Leaving the page ends the call, so the server does not keep it for hours.
window.addEventListener('pagehide', () => {
  const c = call.live;
  if (!c) return;
  closeCall('statusEnded');
  apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}`, { method: 'DELETE', keepalive: true }).catch(() => undefined);
});
