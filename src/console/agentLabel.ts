import { storageGet, storageSet } from './storage.js';

const AGENT_KEY = 'kb-console.agent-id';
const AGENT_LABEL = /^[\w.-]{1,64}$/;

/** `?agent=team-a-07` on the console's address names the agent (a label, not a name) for per-agent counts. */
export function rememberAgentLabel(search: string): void {
  const label = new URLSearchParams(search).get('agent');
  if (label && AGENT_LABEL.test(label)) storageSet(() => localStorage, AGENT_KEY, label);
}

/** The remembered label, sent as `X-Agent-Id` so searches and events count for the same agent. */
export function agentLabel(): string | undefined {
  return storageGet(() => localStorage, AGENT_KEY) ?? undefined;
}
