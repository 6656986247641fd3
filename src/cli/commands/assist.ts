import { resolve } from 'node:path';
import type { Command } from 'commander';
import { assistReranked } from '../../assist/assist.js';
import { llmConfigFrom } from '../../assist/llm/llmConfig.js';
import { LlmReranker } from '../../assist/llm/reranker.js';
import { openRerankCache } from '../../assist/llm/openRerankCache.js';
import { parseTranscript, transcriptFromText, type Turn } from '../../assist/transcript.js';
import { readInputFile } from '../../content/readTextFile.js';
import { KbError } from '../../errors.js';
import { RESULT_LIMITS } from '../../query/resultLimits.js';
import { parseLocale } from '../../query/locale.js';
import { stateFileOf } from '../../store/stateFile.js';
import { CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT, DEFAULT_INDEX } from '../defaults.js';
import type { CliContext } from '../io.js';
import { openIndex } from '../openIndex.js';
import { NOT_CONFIDENT, terminalSnippet, writeJson } from '../output.js';
import { parseLimit } from '../parseNumber.js';

export function registerAssist(program: Command, ctx: CliContext): void {
  program
    .command('assist')
    .description('suggest articles for a call transcript, as agent assist does live')
    .requiredOption('--transcript <file>', 'JSON ({"transcript": [{speaker, text}]} or an array of turns) or text lines "customer: ..." / "agent: ..."; - for stdin')
    .option('--locale <locale>', 'answer in zh-CN or en (default: the language of the latest customer turn)')
    .option('--limit <n>', `number of articles, ${RESULT_LIMITS.min} to ${RESULT_LIMITS.max}`, String(RESULT_LIMITS.assist))
    .option('--json', 'print {query, entities, matchedTerms, hits, rerank, ...} as JSON')
    .option('--index <file>', 'built index to read', DEFAULT_INDEX)
    .option('--content <dir>', CONTENT_TO_REBUILD_FROM, DEFAULT_CONTENT)
    .addHelpText('after', `
The latest customer turns weigh most; the agent's words and older turns less. Greetings
and fillers are ignored; amounts, MT103, UETR, SWIFT/BIC codes, dates and durations are
recognised; card and account numbers, phones, emails and ID numbers are masked. With
KB_LLM_MODEL set (README, "LLM rerank"), an LLM reorders the top candidates within
KB_LLM_DEADLINE_MS; "rerank" says whether it did (ok) or why not (timeout, error, off).

Examples:
  $ kb assist --transcript call.json
  $ printf 'customer: 喂，你好\\ncustomer: 我客户汇了一万美金，只到了9975\\n' | kb assist --transcript -`)
    .action(async (opts: { transcript: string; locale?: string; limit: string; json?: boolean; index: string; content: string }, command: Command) => {
      const { io } = ctx;
      const locale = parseLocale(opts.locale);
      const limit = parseLimit(opts.limit);
      const turns = opts.transcript === '-' ? readTranscript('/dev/stdin', 'stdin') : readTranscript(resolve(io.cwd, opts.transcript));
      const kb = await openIndex(io, opts, command, ['agent']);
      const llm = llmConfigFrom(io.env);
      const cache = llm
        ? await openRerankCache({
            stateFile: stateFileOf(resolve(io.cwd, opts.index)),
            databaseUrl: io.env.KB_DATABASE_URL || undefined,
            ttlSeconds: llm.cacheTtlSeconds,
            onError: (message, err) => io.stderr.write(`kb: warning: ${message} (${err.message})\n`),
          })
        : undefined;
      try {
        const result = await assistReranked(kb, turns, { locale, limit }, llm ? new LlmReranker(llm, cache) : undefined);
        const { maskedTurns: _masked, ...shown } = result;
        if (opts.json) return writeJson(io, shown);
        io.stdout.write(`query: ${result.query || '(nothing to search for yet)'}\n`);
        if (result.entities.length) io.stdout.write(`entities: ${result.entities.map((e) => `${e.type}=${e.value ?? e.text}${e.currency ? ` ${e.currency}` : ''}`).join(', ')}\n`);
        io.stdout.write(`rerank: ${result.rerank}${result.rerankDetail ? ` (${result.rerankDetail})` : ''}\n`);
        if (result.hits.length && !result.confident) io.stdout.write(`${NOT_CONFIDENT}\n`);
        result.hits.forEach((h, i) => {
          io.stdout.write(`${i + 1}. ${h.id}  ${h.title}  (confidence ${h.confidence.toFixed(2)})${h.reason ? `\n   why: ${h.reason}` : ''}\n   ${terminalSnippet(h.snippet, Boolean(io.stdout.isTTY))}\n`);
        });
        if (!result.hits.length) io.stdout.write('no articles match\n');
      } finally {
        await cache?.close();
      }
    });
}

function readTranscript(path: string, file = path): Turn[] {
  const text = readInputFile(path, 'assist', file);
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const turns = transcriptFromText(text);
    if (!turns.length) throw new KbError('assist.empty', `assist: ${file} has no turns`);
    return turns;
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    throw new KbError('assist.bad-json', `assist: ${file} is not valid JSON (${(err as Error).message})`, 'give {"transcript": [{"speaker": "customer", "text": "..."}]} or "customer: ..." lines');
  }
  const turns = parseTranscript(Array.isArray(value) ? value : (value as { transcript?: unknown })?.transcript);
  if (!turns.length) throw new KbError('assist.empty', `assist: ${file} has no turns`);
  return turns;
}
