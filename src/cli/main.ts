import { Command, CommanderError } from 'commander';
import { ContentError, KbError, formatDiagnostic } from '../errors.js';
import { PACKAGE_VERSION } from '../version.js';
import { registerAssist } from './commands/assist.js';
import { registerBuild } from './commands/build.js';
import { registerDemoEvents } from './commands/demoEvents.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerLearn } from './commands/learn.js';
import { registerLint } from './commands/lint.js';
import { registerReport } from './commands/report.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import type { CliContext, CliIo } from './io.js';
import { writeJson } from './output.js';

function program(ctx: CliContext): Command {
  const kb = new Command('kb')
    .description('Knowledge base and FAQ engine for cross-border payments support: build, lint, search, evaluate, serve.')
    .version(PACKAGE_VERSION)
    .option('--verbose', 'show stack traces on errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) })
    .addHelpText('after', `
Quick start:
  $ kb build                       # content/ → .kb/kb.sqlite
  $ kb search "中转行扣了我25刀"      # ranked articles with the matching passage
  $ kb assist --transcript call.json # suggestions for a call transcript
  $ kb eval --queries test/fixtures/queries.dev.jsonl
  $ kb serve --watch                # API + agent console at http://127.0.0.1:3000/

Run kb <command> --help for each command's options and examples.`);
  kb.configureHelp({ sortSubcommands: false });
  for (const register of [registerBuild, registerLint, registerSearch, registerAssist, registerEval, registerExport, registerServe, registerEvents, registerReport, registerLearn, registerDemoEvents]) register(kb, ctx);
  for (const sub of kb.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) });
  return kb;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Known
 * errors become one line (plus a hint); unknown ones too, with the stack under --verbose.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const verbose = argv.includes('--verbose');
  try {
    await program(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    // Scripts that asked for JSON get JSON on failure too, shaped like the HTTP API's errors.
    if (argv.includes('--json')) writeJsonError(io, err);
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ContentError) {
      for (const d of err.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(`kb: ${err.message}; nothing was written\n`);
      return 1;
    }
    if (err instanceof KbError) {
      io.stderr.write(`kb: ${err.message}\n${err.hint ? `    hint: ${err.hint}\n` : ''}`);
    } else {
      io.stderr.write(`kb: unexpected error: ${(err as Error).message ?? String(err)}\n`);
    }
    if (verbose) io.stderr.write(`${(err as Error).stack}\n`);
    return err instanceof KbError ? 1 : 2;
  }
}

function writeJsonError(io: CliIo, err: unknown): void {
  if (err instanceof CommanderError) {
    // --help and --version are not failures.
    if (err.exitCode === 0) return;
    return writeJson(io, { error: { code: err.code, message: err.message.replace(/^error: /, '') } });
  }
  const known = err instanceof KbError;
  const error = {
    code: known ? err.code : 'internal',
    message: known ? err.message : `unexpected error: ${(err as Error).message ?? String(err)}`,
    ...(known && err.hint ? { hint: err.hint } : {}),
  };
  writeJson(io, err instanceof ContentError ? { error, diagnostics: err.diagnostics } : { error });
}

/** Entry point for bin/kb. */
export async function run(proc: NodeJS.Process): Promise<void> {
  // `kb search ... | head`: a reader that stops early is not an error.
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') proc.exit(proc.exitCode ?? 0);
      throw err;
    });
  }
  const code = await main(proc.argv.slice(2), { stdout: proc.stdout, stderr: proc.stderr, env: proc.env, cwd: proc.cwd(), stdin: proc.stdin });
  // Let pending writes flush; a server command keeps the process alive on its own.
  proc.exitCode = code;
}
