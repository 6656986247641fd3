import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '../../src/events/event.js';
import { parseSince } from '../../src/events/exportEvents.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { runMain } from '../support/runCli.js';
import { tempDir } from '../support/paths.js';

const DAY = 86_400_000;

async function seeded(): Promise<{ dir: string; events: StoredEvent[] }> {
  const dir = tempDir();
  const now = Date.now();
  const events: StoredEvent[] = [
    { id: 'e-old', at: now - 40 * DAY, type: 'open', scope: 'agent', articleId: 'fees-short' },
    { id: 'e-search', at: now - 2 * DAY, type: 'search', scope: 'agent', searchId: 's1', query: '中转行扣费', resultIds: ['fees-short', 'fees-secret'], topScore: 2.5, confident: true, latencyMs: 0.3, sample: true },
    { id: 'e-feedback', at: now - DAY, type: 'feedback', scope: 'public', articleId: 'fees-short', helpful: false, reason: 'other', comment: '=HYPERLINK("x"), "quoted", line\nbreak' },
  ];
  const store = await openEventStore({ stateDir: dir });
  for (const e of events) store.record(e);
  await store.close();
  return { dir, events };
}

describe('kb events', () => {
  it('export --format jsonl writes the events since then, oldest first, one JSON object a line', async () => {
    const { dir, events } = await seeded();
    const r = await runMain(['events', 'export', '--since', '30d', '--index', join(dir, 'kb.sqlite')], dir);
    expect(r.code, r.stderr).to.equal(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).to.deep.equal(['e-search', 'e-feedback']);
    expect(lines[0]).to.deep.equal({ ...events[1], at: new Date(events[1]!.at).toISOString() });
  });

  it('export --format csv --out FILE quotes cells, joins result ids and defuses spreadsheet formulas', async () => {
    const { dir } = await seeded();
    const r = await runMain(['events', 'export', '--since', '60d', '--format', 'csv', '--out', 'events.csv', '--index', join(dir, 'kb.sqlite')], dir);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.equal('kb: 3 events written to events.csv\n');
    const csv = readFileSync(join(dir, 'events.csv'), 'utf8');
    const [header, , search] = csv.split('\n');
    expect(header).to.equal('id,at,type,scope,searchId,query,locale,category,resultIds,topScore,confident,latencyMs,articleId,rank,helpful,reason,comment,agent,sample');
    expect(search).to.match(/^e-search,[^,]+,search,agent,s1,中转行扣费,,,fees-short fees-secret,2.5,true,0.3,,,,,,,true$/);
    expect(csv).to.include(`"'=HYPERLINK(""x""), ""quoted"", line\nbreak"`);
  });

  it('purge-sample deletes the synthetic events only', async () => {
    const { dir } = await seeded();
    const r = await runMain(['events', 'purge-sample', '--index', join(dir, 'kb.sqlite')], dir);
    expect(r.stdout).to.equal('kb: 1 sample events deleted\n');
    const store = await openEventStore({ stateDir: dir });
    expect((await store.list({})).map((e) => e.id)).to.deep.equal(['e-old', 'e-feedback']);
    await store.close();
  });

  it('rejects a --since it cannot read, with the forms it takes', async () => {
    expect(parseSince('12h', 10 * 3_600_000)).to.equal(-2 * 3_600_000);
    expect(parseSince('2026-11-01', 0)).to.equal(Date.UTC(2026, 10, 1));
    const r = await runMain(['events', 'export', '--since', 'last week'], tempDir());
    expect(r.code).to.equal(1);
    expect(r.stderr).to.equal('kb: --since must be a duration (30d, 12h, 90m) or a date (2026-11-01), got "last week"\n');
  });
});
