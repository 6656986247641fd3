import { el } from './dom.js';

/** Copies text; falls back to a selected off-screen textarea for pages served over plain http on a LAN. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no async clipboard (not a secure context)');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text);
  }
}

function legacyCopy(text: string): boolean {
  const area = el('textarea', { className: 'offscreen', attrs: { 'aria-hidden': 'true', tabindex: '-1' } });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

let statusTimer: number | undefined;

/** Says how a copy went in the article's status line, for a moment. */
export function showCopyStatus(status: HTMLElement | null, ok: boolean, doneText: string, failText: string): void {
  if (!status) return;
  status.textContent = ok ? doneText : failText;
  status.classList.toggle('is-error', !ok);
  if (statusTimer !== undefined) window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => {
    status.textContent = '';
  }, 2500);
}
