import { expect } from 'chai';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { KbError } from '../../src/errors.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { search } from '../../src/query/search.js';
import { LiveKnowledgeBase, openForServing } from '../../src/server/reload/liveKnowledgeBase.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

describe('scopes loaded on demand', () => {
  const { file, kb: whole } = sampleKb();
  const queries = readEvalSet(join(FIXTURES, 'queries.dev.jsonl')).map((c) => c.query);

  it('are not in memory when the file is opened, and answer exactly as scopes loaded at open once asked', () => {
    const kb = KnowledgeBase.open(file, ['agent'], ['public']);
    expect(kb.loadedScopes).to.deep.equal(['agent']);
    expect(queries.length).to.be.above(50);
    for (const q of queries) expect(search(kb, q, { scope: 'public' }), q).to.deep.equal(search(whole, q, { scope: 'public' }));
    expect(kb.loadedScopes).to.deep.equal(['agent', 'public']);
  });

  it('are checked when the file is opened: a file missing one is refused then, not at the first query', () => {
    const broken = join(tempDir(), 'kb.sqlite');
    copyFileSync(file, broken);
    const db = new Database(broken);
    db.prepare("DELETE FROM relevance WHERE scope = 'public' AND part = 'termDf'").run();
    db.close();
    expect(() => KnowledgeBase.open(broken, ['agent'], ['public'])).to.throw(KbError, /no termDf in the relevance model/).with.property('code', 'index.corrupt');
    expect(KnowledgeBase.open(broken, ['agent']).loadedScopes).to.deep.equal(['agent']);
  });

  it('are loaded before a swap serves a new index when the one it replaces had loaded them', () => {
    const live = new LiveKnowledgeBase(openForServing(file));
    expect(live.current.loadedScopes).to.deep.equal(['agent']);
    live.swap(openForServing(file));
    expect(live.current.loadedScopes, 'nothing asked for the public scope yet').to.deep.equal(['agent']);
    live.current.index('public');
    live.swap(openForServing(file));
    expect(live.current.loadedScopes).to.deep.equal(['agent', 'public']);
  });
});
