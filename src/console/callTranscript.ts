import { maskPersonalData } from '../assist/personalData.js';
import { transcriptFromText, type TextTurn } from '../assist/transcriptText.js';
import { ApiError, apiFetch, errorText } from './api.js';
import { rerankLabel } from './callSuggestions.js';
import { call, markCallBusy, setCallStatus, setSpeaker, showCallError, speakerLabel, ui } from './callState.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { closeCall } from './liveCall.js';

/**
 * The call's transcript: lines typed or pasted go to the server in order and show at once,
 * with personal data masked by the server's own masker (what is on screen may be seen over
 * the agent's shoulder or in a screen recording).
 */

/** Turns per POST: the server takes 500 turns and a JSON body of 64 KB; these stay well below. */
const LINES_PER_POST = 100;
const BYTES_PER_POST = 48_000;

/** The transcript follows the newest line unless the agent has scrolled up to read. */
let pinned = true;

function pinTranscript(): void {
  if (pinned) ui.transcript.scrollTop = ui.transcript.scrollHeight;
}

ui.transcript.addEventListener('scroll', () => {
  pinned = ui.transcript.scrollHeight - ui.transcript.scrollTop - ui.transcript.clientHeight < 4;
});
// Its height changes with the panel around it (and the window): stay at the bottom.
new ResizeObserver(pinTranscript).observe(ui.transcript);

function appendTurn(turn: TextTurn): HTMLLIElement {
  const item = el('li', { className: 'turn is-pending', attrs: { 'data-speaker': turn.speaker } }, [
    el('span', { className: 'turn-who', text: speakerLabel(turn.speaker), attrs: { 'data-speaker': turn.speaker } }),
    el('span', { className: 'turn-text', text: maskPersonalData(turn.text).text }),
  ]);
  ui.transcript.append(item);
  pinned = true; // a new line is always shown
  pinTranscript();
  return item;
}

/** Sends lines in order; shows them at once, marked as not sent if the server refuses them. */
function sendTurns(turns: TextTurn[]): void {
  const c = call.live;
  if (!c || !turns.length) return;
  const items = turns.map(appendTurn);
  c.pending += turns.length;
  markCallBusy(c);
  if (call.lastEvent) ui.rerank.textContent = t('callUpdating');
  c.queue = c.queue.then(async () => {
    for (const [start, end] of batches(turns)) {
      const batch = turns.slice(start, end);
      const batchItems = items.slice(start, end);
      if (call.live !== c) return;
      try {
        const body = batch.length === 1 ? batch[0] : { lines: batch };
        const res = await apiFetch(`/api/assist/calls/${encodeURIComponent(c.id)}/lines`, { method: 'POST', body });
        const ack = (await res.json()) as { turns: number };
        if (call.live !== c) return;
        c.pending -= batch.length;
        c.lines += batch.length;
        c.turns = ack.turns;
        for (const item of batchItems) item.classList.remove('is-pending');
        if (call.statusKey === 'statusLive') setCallStatus('statusLive');
        showCallError(null);
      } catch (e) {
        if (call.live !== c) return;
        c.pending -= batch.length;
        if (call.lastEvent) ui.rerank.textContent = rerankLabel(call.lastEvent);
        for (const item of batchItems) {
          item.classList.remove('is-pending');
          item.classList.add('is-failed');
          item.append(el('span', { className: 'turn-failed', text: t('lineFailed') }));
        }
        showCallError(t('callSendError', { msg: errorText(e) }));
        if (e instanceof ApiError && e.status === 404) closeCall('statusEnded');
      }
    }
    if (call.live === c) markCallBusy(c);
  });
}

/** [start, end) ranges of `turns`, each small enough for one POST. */
function batches(turns: TextTurn[]): Array<[number, number]> {
  const encoder = new TextEncoder();
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  turns.forEach((turn, i) => {
    const size = encoder.encode(JSON.stringify(turn)).length + 1;
    if (i > start && (i - start >= LINES_PER_POST || bytes + size > BYTES_PER_POST)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < turns.length) ranges.push([start, turns.length]);
  return ranges;
}

/** Relabels the speakers and notes already on screen. */
export function relabelTranscript(): void {
  for (const who of Array.from(ui.transcript.querySelectorAll<HTMLElement>('.turn-who'))) who.textContent = speakerLabel(who.dataset.speaker as TextTurn['speaker']);
  for (const note of Array.from(ui.transcript.querySelectorAll<HTMLElement>('.turn-failed'))) note.textContent = t('lineFailed');
}

ui.line.addEventListener('keydown', (event) => {
  if (event.isComposing || event.keyCode === 229) return; // an IME is choosing characters
  switch (event.key) {
    case 'Enter': {
      event.preventDefault();
      const text = ui.line.value.trim();
      if (!text || !call.live) return;
      ui.line.value = '';
      sendTurns([{ speaker: call.speaker, text }]);
      break;
    }
    case 'ArrowUp':
    case 'ArrowDown':
      event.preventDefault();
      setSpeaker(call.speaker === 'customer' ? 'agent' : 'customer');
      break;
    case 'Escape':
      if (ui.line.value) {
        event.preventDefault();
        ui.line.value = '';
      }
      break;
  }
});

ui.speaker.addEventListener('click', () => {
  setSpeaker(call.speaker === 'customer' ? 'agent' : 'customer');
  ui.line.focus();
});

/** A pasted transcript, parsed exactly as the server parses one (src/assist/transcriptText.ts). */
function submitPaste(): void {
  if (!call.live) return;
  const turns = transcriptFromText(ui.pasteArea.value, call.speaker);
  if (!turns.length) return showCallError(t('pasteEmpty'));
  showCallError(null);
  sendTurns(turns);
  ui.pasteArea.value = '';
  ui.pasteBox.open = false;
  ui.line.focus();
}

ui.pasteSubmit.addEventListener('click', submitPaste);
ui.pasteArea.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
    event.preventDefault();
    submitPaste();
  }
});
ui.pasteBox.addEventListener('toggle', () => {
  if (ui.pasteBox.open) ui.pasteArea.focus();
});
