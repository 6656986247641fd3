import { setAuthHandler, TOKEN_KEY } from './api.js';
import { byId } from './dom.js';
import { t } from './i18n.js';
import { storageSet } from './storage.js';

/** Asks for the agent token when the API answers 401 / 403; keeps it for the browser session. */

const form = byId<HTMLFormElement>('token-form');
const input = byId<HTMLInputElement>('token-input');
const message = byId<HTMLParagraphElement>('token-message');

/** `onSaved` redoes what failed for want of a token. */
export function setUpTokenForm(onSaved: () => void): void {
  setAuthHandler((status) => {
    message.textContent = t(status === 403 ? 'tokenRejected' : 'tokenNeeded');
    if (form.hidden) {
      form.hidden = false;
      input.value = '';
      input.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    storageSet(() => sessionStorage, TOKEN_KEY, token);
    input.value = '';
    form.hidden = true;
    onSaved();
  });
}
