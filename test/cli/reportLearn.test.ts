import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEventStore } from '../../src/events/openEventStore.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { replayAgentTraffic } from '../support/learnReplay.js';
import { CONTENT, FIXTURES, KB_BIN, tempDir } from '../support/paths.js';
import { runKb } from '../support/runCli.js';

describe('kb demo-events, kb report, kb learn', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = tempDir('kb-cli-voc-');
    cpSync(CONTENT, join(dir, 'content'), { recursive: true });
  });

  it('fills the store with sample traffic, reports it in every format, and removes it', () => {
    const added = runKb(['demo-events', '--days', '20', '--json'], dir);
    expect(added.code, added.stderr).to.equal(0);
    expect(JSON.parse(added.stdout).added).to.be.greaterThan(500);
    const text = runKb(['report', '--since', '10d'], dir);
    expect(text.code, text.stderr).to.equal(0);
    for (const title of ['Volume', 'Top questions', 'Content gaps', 'Articles', 'Stale content', 'For the business teams']) expect(text.stdout).to.include(title);
    expect(text.stdout).to.match(/synthetic sample data/);
    const json = JSON.parse(runKb(['report', '--format', 'json', '--scope', 'public'], dir).stdout);
    expect(json.period.scope).to.equal('public');
    expect(json.volume.searches.current).to.be.greaterThan(0);
    expect(runKb(['report', '--format', 'csv'], dir).stdout.split('\r\n')[0]).to.equal('section,key,label,metric,current,previous');
    expect(runKb(['report', '--format', 'html', '--out', 'out/voc.html'], dir).code).to.equal(0);
    expect(readFileSync(join(dir, 'out/voc.html'), 'utf8')).to.match(/^<!doctype html>[\s\S]*<svg class="chart"/);
    const bad = runKb(['report', '--since', 'last week'], dir);
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.match(/--since must be a duration like 30d/);
    const removed = runKb(['demo-events', '--remove', '--json'], dir);
    expect(JSON.parse(removed.stdout).removed).to.equal(JSON.parse(added.stdout).added);
    expect(JSON.parse(runKb(['report', '--format', 'json'], dir).stdout).volume.searches.current).to.equal(0);
  });

  it('learn --interactive writes only the proposals answered y (answers piped on stdin)', async () => {
    const kb = KnowledgeBase.open(join(dir, '.kb/kb.sqlite'));
    const store = await openEventStore({ stateDir: join(dir, '.kb') });
    replayAgentTraffic(kb, store, readEvalSet(join(FIXTURES, 'queries.learn-train.jsonl')));
    await store.close();
    const list = JSON.parse(runKb(['learn', '--json'], dir).stdout) as { proposals: Array<{ question: string; file: string }> };
    expect(list.proposals.length).to.be.greaterThan(2);
    const r = spawnSync(process.execPath, [KB_BIN, 'learn', '--interactive'], { cwd: dir, encoding: 'utf8', input: 'y\nn\n' });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/added 1 question\(s\) to 1 file/);
    const [first, second] = list.proposals;
    expect(readFileSync(join(dir, 'content', first!.file), 'utf8')).to.include(`  - ${first!.question}\n`);
    expect(readFileSync(join(dir, 'content', second!.file), 'utf8')).to.not.include(second!.question);
    const lint = runKb(['lint', '--json'], dir);
    expect(JSON.parse(lint.stdout).errors).to.equal(0);
  });
});
