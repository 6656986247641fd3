/**
 * Web and mail addresses built the way phishing builds them, pasted by a customer who asks
 * whether a message is ours ("Verify within 24 hours at http://whalesail-secure-login.top",
 * "链接是whalesa1l.com 是你们发的吗"). The words around such a message are the scammer's
 * (account suspended, limited, verify), so the frozen-account and limits articles outranked
 * the phishing one (blind125, blind135, written blind). Told by the address's own shape, not by
 * our names: a label that joins a word to a security word with a hyphen (whalesail-verify,
 * whalesai1-service, paypal-secure-login), or a digit standing for a letter inside a word
 * (whalesa1l, whalesai1). alibaba.com, xe.com, mail2.example.com and MT103.pdf are none of these.
 */
const ADDRESS = /(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?![a-z0-9-])/gi;

/** A hyphenated part of a label that only asks for trust: secure, verify, login, support... */
const TRUST_PART =
  /(?:^|-)(?:secure|security|safe|verify|verification|verified|validate|login|log-?in|sign-?in|signon|auth|support|service|services|helpdesk|update|account|accounts|billing|confirm|unlock|alert|notice|official|customer)(?:-|$)/i;

/** A 0, 1 or 3 between letters, or a 1 or 0 closing a long word of letters: a letter's lookalike. */
const DIGIT_FOR_LETTER = /[a-z]{2}[013][a-z]|[a-z]{5}[01]$/i;

/** Whether `text` holds an address whose name looks made to pass for someone else's. */
export function hasLookalikeAddress(text: string): boolean {
  for (const [address] of text.matchAll(ADDRESS)) {
    const labels = address.split('.').slice(0, -1);
    if (labels.some((label) => TRUST_PART.test(label) && label.includes('-'))) return true;
    if (labels.some((label) => !/^\d+$/.test(label) && DIGIT_FOR_LETTER.test(label))) return true;
  }
  return false;
}
