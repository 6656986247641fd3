import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline/compileContent.js';
import type { CliIo } from './io.js';

const LABELS: Record<Progress['stage'], string> = { read: 'reading ', index: 'indexing', write: 'writing ' };

/**
 * A progress bar on stderr while building, only when stderr is a terminal: scripts and
 * CI logs get the one-line summary alone.
 */
export function progressReporter(io: CliIo): { onProgress?: (p: Progress) => void; stop(): void } {
  if (!io.stderr.isTTY) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: '{stage} [{bar}] {value}/{total}', stream: io.stderr as NodeJS.WritableStream, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let stage: Progress['stage'] | undefined;
  return {
    onProgress(p) {
      if (p.stage !== stage) {
        if (stage) bar.stop();
        stage = p.stage;
        bar.start(p.total, p.done, { stage: LABELS[p.stage] });
      } else bar.update(p.done);
    },
    stop() {
      if (stage) bar.stop();
    },
  };
}
