/** What a command may touch of its process: injected so tests can drive `main()` directly. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** For commands that ask questions (`kb learn --interactive`); absent: nothing to read. */
  stdin?: NodeJS.ReadableStream;
}

/** Shared state of one CLI run: the exit code commands set, and the verbosity. */
export interface CliContext {
  io: CliIo;
  exitCode: number;
}
