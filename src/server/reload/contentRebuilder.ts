import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { formatDiagnostic, type Diagnostic } from '../../errors.js';
import { KnowledgeBase } from '../../query/knowledgeBase.js';
import type { LiveKnowledgeBase } from './liveKnowledgeBase.js';
import { BuildWorker, type BuildMessage, type BuildRequest } from './rebuild.js';

export interface RebuilderDeps {
  contentDir: string;
  indexFile: string;
  live: LiveKnowledgeBase;
  logger: Logger;
  /** Builds the content. @default a BuildWorker (a warm worker thread, so serving never stalls) */
  build?: (request: BuildRequest) => Promise<BuildMessage>;
  /** Loads a built index. @default KnowledgeBase.open */
  load?: (file: string) => KnowledgeBase;
}

/**
 * Rebuilds the served index from the content folder, one build at a time: requests made
 * while a build runs are served by one more build after it. Never rejects and never gets
 * stuck: any failure (content errors, a missing folder, an index that will not load) is
 * reported to the log and /readyz, and the last good index keeps serving.
 */
export class ContentRebuilder {
  private running: Promise<void> | undefined;
  private pending: Promise<void> | undefined;
  private stopped = false;
  private readonly worker: BuildWorker | undefined;
  private readonly build: (request: BuildRequest) => Promise<BuildMessage>;

  constructor(private readonly deps: RebuilderDeps) {
    if (deps.build) this.build = deps.build;
    else {
      const worker = new BuildWorker();
      worker.warm();
      this.worker = worker;
      this.build = (request) => worker.build(request);
    }
  }

  /** Starts a rebuild (or queues one); resolves once a build that began after this call has finished. */
  request(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (!this.running) {
      this.running = this.buildOnce().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    // `running` resolves after its finally has cleared it, so this starts a fresh build.
    this.pending ??= this.running.then(() => {
      this.pending = undefined;
      return this.request();
    });
    return this.pending;
  }

  /** No more builds; resolves when the one in progress (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    await this.worker?.close();
  }

  private async buildOnce(): Promise<void> {
    const { contentDir, indexFile, live, logger } = this.deps;
    if (!existsSync(contentDir)) {
      reportFailure(live, logger, `content folder ${contentDir} is missing (moved or deleted)`, []);
      return;
    }
    const started = performance.now();
    try {
      const result = await this.build({ contentDir, outFile: indexFile });
      if (!result.ok) return reportFailure(live, logger, result.message, result.diagnostics);
      live.swap((this.deps.load ?? KnowledgeBase.open)(indexFile));
      logger.info({ articles: result.info.articles, ms: Math.round(performance.now() - started) }, 'content rebuilt; new index serving');
    } catch (err) {
      reportFailure(live, logger, `cannot load the rebuilt index: ${(err as Error).message}`, []);
    }
  }
}

/** Remembers a failed build for /readyz and logs it; what is served does not change. */
export function reportFailure(live: LiveKnowledgeBase, logger: Logger, message: string, diagnostics: Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  live.fail({ at: new Date().toISOString(), message, diagnostics });
  logger.error({ errors }, `content build failed, still serving the last good index: ${message}`);
}
