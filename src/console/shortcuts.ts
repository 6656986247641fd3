import { copyLink, copySteps, pinToggle } from './articleTools.js';
import { isTyping } from './dom.js';
import { feedbackShortcut } from './feedback.js';
import { openQuick } from './quickAccess.js';
import { copyReply } from './replyTemplate.js';
import { focusSearch } from './searchBox.js';

/**
 * Keys that work anywhere, even while typing in the search box or the call line: Alt
 * chords (Option on a Mac, matched by physical key since Option changes the character).
 * `/` jumps to the search box when not typing.
 */
const ALT_KEYS: Record<string, () => void> = {
  KeyC: () => void copyReply(),
  KeyS: () => void copySteps(),
  KeyL: () => void copyLink(),
  KeyP: pinToggle,
  KeyY: () => feedbackShortcut(true),
  KeyN: () => feedbackShortcut(false),
};

export function setUpShortcuts(): void {
  document.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const digit = /^Digit([1-9])$/.exec(event.code);
      const action = digit ? () => openQuick(Number(digit[1])) : ALT_KEYS[event.code];
      if (action) {
        event.preventDefault();
        action();
      }
      return;
    }
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    focusSearch();
  });
}
