import { Command, CommanderError } from 'commander';
import { ContentError, KbError, formatDiagnostic } from '../errors.js';
import { PACKAGE_VERSION } from '../version.js';
import type { CliContext, CliIo } from './io.js';
import { writeJson } from './output.js';

type Register = (program: Command, ctx: CliContext) => void;

/**
 * Every command, in the order help lists them, each loaded only when registered: a
 * command's code (the build pipeline, the HTTP stack, the report renderers) is hundreds
 * of milliseconds of module loading that another command does not need.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import('./commands/build.js')).registerBuild,
  lint: async () => (await import('./commands/lint.js')).registerLint,
  search: async () => (await import('./commands/search.js')).registerSearch,
  assist: async () => (await import('./commands/assist.js')).registerAssist,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  export: async () => (await import('./commands/export.js')).registerExport,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  events: async () => (await import('./commands/events.js')).registerEvents,
  report: async () => (await import('./commands/report.js')).registerReport,
  learn: async () => (await import('./commands/learn.js')).registerLearn,
  'demo-events': async () => (await import('./commands/demoEvents.js')).registerDemoEvents,
};

/** The program with the command `argv` names, or with all of them (help, a typo to suggest for, no command). */
async function program(ctx: CliContext, argv: readonly string[]): Promise<Command> {
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
  const named = argv.find((a) => !a.startsWith('-'));
  const wanted = named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]!] : Object.values(COMMANDS);
  for (const register of await Promise.all(wanted.map((load) => load()))) register(kb, ctx);
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
    await (await program(ctx, argv)).parseAsync(argv, { from: 'user' });
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
