/**
 * A transcript from plain text, shared by the server (CLI, API) and the agent console's
 * paste box, so a pasted call parses the same everywhere. No imports: the console loads
 * this module as is in the browser.
 */

export type Speaker = 'customer' | 'agent';

export interface TextTurn {
  speaker: Speaker;
  text: string;
}

/** The longest turn the API accepts; longer lines are split. */
export const MAX_TURN_CHARS = 2000;

const SPEAKER_LINE = /^\s*(customer|agent|客户|客戶|顾客|坐席|客服|c|a)\s*[:：]\s*(.*)$/i;
const AGENT_LABEL = /^(agent|坐席|客服|a)$/i;

/**
 * One turn per non-empty line: `customer: ...` / `agent: ...` (also 客户： / 坐席： / 客服：).
 * An unlabelled line is a turn of the speaker in effect: the last label above it, else
 * `speaker` (in the console, the speaker toggle). A line is an utterance (speech-to-text
 * tools write one per line), so it stays a turn of its own. Lines over MAX_TURN_CHARS are
 * split, as the API takes no longer turn.
 */
export function transcriptFromText(text: string, speaker: Speaker = 'customer'): TextTurn[] {
  const turns: TextTurn[] = [];
  let who = speaker;
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const m = SPEAKER_LINE.exec(raw);
    let line = raw.trim();
    if (m) {
      who = AGENT_LABEL.test(m[1]!) ? 'agent' : 'customer';
      line = m[2]!.trim();
    }
    if (!line) continue;
    for (let i = 0; i < line.length; i += MAX_TURN_CHARS) turns.push({ speaker: who, text: line.slice(i, i + MAX_TURN_CHARS) });
  }
  return turns;
}
