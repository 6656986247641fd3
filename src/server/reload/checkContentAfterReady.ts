import type { Logger } from 'pino';
import { currentBuildOffThread } from '../../pipeline/currentBuild.js';
import type { LiveKnowledgeBase } from './liveKnowledgeBase.js';

export interface ContentCheckDeps {
  contentDir: string;
  indexFile: string;
  live: LiveKnowledgeBase;
  logger: Logger;
  /** Rebuilds the content and swaps the new index in (a ContentRebuilder's request); never rejects. */
  rebuild: () => Promise<void>;
}

/**
 * The build check of an index a server serves before checking it (a large start, see
 * openCheckedIndex), on a thread of its own so that serving goes on. Content edited while
 * no server ran is rebuilt and swapped in; until then the last build serves, and /readyz
 * says `contentChecked: false`. A check that fails (a folder that cannot be read) also
 * rebuilds, which reports the error to the log and /readyz. Never rejects.
 */
export async function checkContentAfterReady(deps: ContentCheckDeps): Promise<void> {
  const { live, logger } = deps;
  live.contentChecked = false;
  try {
    const answer = await currentBuildOffThread({ contentDir: deps.contentDir, outFile: deps.indexFile });
    const served = live.current.info;
    if (answer.ok && answer.info?.contentHash === served.contentHash && answer.info.builtAt === served.builtAt) {
      logger.info({ contentHash: served.contentHash }, 'content checked: the index served is current');
      return;
    }
    logger.info({ contentDir: deps.contentDir }, answer.ok ? 'content changed since the index served was built: rebuilding, the last build serves meanwhile' : 'content could not be checked: rebuilding');
    await deps.rebuild();
  } finally {
    live.contentChecked = true;
  }
}
