import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../../src/pipeline/buildKnowledgeBase.js';
import { KnowledgeBase } from '../../../src/query/knowledgeBase.js';
import { search } from '../../../src/query/search.js';
import { ContentRebuilder } from '../../../src/server/reload/contentRebuilder.js';
import { LiveKnowledgeBase } from '../../../src/server/reload/liveKnowledgeBase.js';
import { createLogger } from '../../../src/server/process/logger.js';
import { FIXTURES, tempDir } from '../../support/paths.js';

/** The minimal content, built into a real index file, served by a LiveKnowledgeBase. */
function served() {
  const dir = tempDir('kb-rebuild-');
  const contentDir = join(dir, 'content');
  cpSync(join(FIXTURES, 'content-min'), contentDir, { recursive: true });
  const indexFile = join(dir, 'kb.sqlite');
  buildKnowledgeBase({ contentDir, outFile: indexFile });
  const live = new LiveKnowledgeBase(KnowledgeBase.open(indexFile));
  const file = join(contentDir, 'fees', 'fees-short.en.md');
  const addQuestion = (q: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('  - money short\n', `  - money short\n  - ${q}\n`));
  const hits = (q: string) => search(live.current, q, { cache: false }).hits.map((h) => h.id);
  let logged = '';
  const logger = createLogger('info', { write: (s: string) => void (logged += s) });
  return { contentDir, indexFile, live, logger, addQuestion, hits, logs: () => logged };
}

describe('ContentRebuilder', () => {
  it('reports a rebuilt index that fails to load, never rejects, and builds again on the next change', async () => {
    const kb = served();
    let loads = 0;
    const rebuilder = new ContentRebuilder({
      ...kb,
      load: (file) => {
        if (loads++ === 0) throw new Error('EIO: i/o error, read');
        return KnowledgeBase.open(file);
      },
    });
    try {
      kb.addQuestion('zanzibar transfer went missing');
      await rebuilder.request();
      expect(kb.live.lastError?.message).to.equal('cannot load the rebuilt index: EIO: i/o error, read');
      expect(kb.hits('zanzibar')).to.deep.equal([]);
      expect(kb.logs()).to.include('content build failed, still serving the last good index: cannot load the rebuilt index');

      // Not stuck: the next change is built and served.
      kb.addQuestion('kathmandu transfer went missing');
      await rebuilder.request();
      expect(kb.live.lastError).to.equal(undefined);
      expect(kb.hits('kathmandu')).to.deep.equal(['fees-short']);
    } finally {
      await rebuilder.stop();
    }
  });

  it('serves a change made while a build runs with one more build after it', async () => {
    const kb = served();
    const rebuilder = new ContentRebuilder(kb);
    try {
      kb.addQuestion('zanzibar transfer went missing');
      const first = rebuilder.request();
      kb.addQuestion('kathmandu transfer went missing');
      const second = rebuilder.request();
      const third = rebuilder.request();
      expect(third).to.equal(second);
      await Promise.all([first, second]);
      expect(kb.hits('kathmandu')).to.deep.equal(['fees-short']);
      expect(kb.hits('zanzibar')).to.deep.equal(['fees-short']);
    } finally {
      await rebuilder.stop();
    }
  });

  it('reports a missing content folder and keeps the last good index', async () => {
    const kb = served();
    const rebuilder = new ContentRebuilder({ ...kb, contentDir: join(kb.contentDir, 'gone') });
    try {
      const before = kb.live.current;
      await rebuilder.request();
      expect(kb.live.lastError?.message).to.match(/^content folder .*gone is missing \(moved or deleted\)$/);
      expect(kb.live.current).to.equal(before);
    } finally {
      await rebuilder.stop();
    }
  });
});
