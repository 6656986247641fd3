import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { maskPersonalData } from '../../assist/personalData.js';
import { HttpError } from '../../errors.js';
import type { EventClient } from '../../events/eventRecorder.js';

/** An `X-Agent-Id`: a short label (agent-17, team-a.lin), never free text. */
const AGENT_LABEL = /^[A-Za-z0-9_.-]{1,64}$/;
/** Random per process: the client key cannot be turned back into an IP address, and is never stored. */
const SALT = randomBytes(16);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Token (as its sha256 hex) → label, from `KB_AGENT_TOKENS=label:token,...`. */
export type TokenLabels = ReadonlyMap<string, string>;

/**
 * Who sent an event: the stored `agent` is the `X-Agent-Id` label, else the label of the
 * agent's token (never the token); on the public API nobody is named. The `key` that
 * folds a client's typing is a salted hash of the label, token or address and browser,
 * kept in memory only.
 */
export function eventClient(req: Request, labels: TokenLabels, opts: { strict?: boolean } = {}): EventClient {
  const auth = /^Bearer\s+(\S+)/i.exec(req.get('authorization') ?? '')?.[1];
  const header = req.baseUrl.startsWith('/public') ? undefined : req.get('x-agent-id');
  let agentId: string | undefined;
  if (header !== undefined) {
    // A label, not a person: digits that look like a phone or an account number are refused too.
    if (AGENT_LABEL.test(header) && !maskPersonalData(header).found.length) agentId = header;
    else if (opts.strict) throw new HttpError(400, 'header.invalid', '"X-Agent-Id" must be a label of letters, digits, "_", "." or "-" (at most 64), not personal data', 'send a label such as agent-17, not a name or an email');
  }
  const agent = agentId ?? (auth ? labels.get(sha256(auth)) : undefined);
  const who = agentId ? `a:${agentId}` : auth ? `t:${auth}:${req.ip}:${req.get('user-agent')}` : `c:${req.ip}:${req.get('user-agent')}`;
  const key = clientKey(who);
  return agent ? { key, agent } : { key };
}

const keys = new Map<string, string>();
/** Distinct clients remembered; past it the memo starts over (a hash is cheap, just not free per request). */
const MAX_KEYS = 10_000;

function clientKey(who: string): string {
  let key = keys.get(who);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = createHash('sha256').update(SALT).update(who).digest('base64url').slice(0, 22);
    keys.set(who, key);
  }
  return key;
}

/** Labels from `KB_AGENT_TOKENS` entries written `label:token` (plain tokens have none). */
export function tokenLabels(entries: ReadonlyArray<{ token: string; label?: string }>): TokenLabels {
  return new Map(entries.flatMap((e) => (e.label ? [[sha256(e.token), e.label] as const] : [])));
}
