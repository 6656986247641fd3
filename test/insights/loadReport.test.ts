import { expect } from 'chai';
import type { EventStore } from '../../src/events/event.js';
import { openEventStore } from '../../src/events/openEventStore.js';
import { demoTraffic } from '../../src/demo/demoTraffic.js';
import { loadReport } from '../../src/insights/loadReport.js';
import { tempDir } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

const DAY = 86_400_000;

const stores: Array<{ name: string; open: () => Promise<EventStore> | undefined; exact: boolean }> = [
  { name: 'SQLite', open: () => openEventStore({ stateDir: tempDir('kb-report-store-') }), exact: true },
  // A shared server other tests also write to: counts are checked as lower bounds there.
  { name: 'PostgreSQL', open: () => (process.env.KB_TEST_DATABASE_URL ? openEventStore({ stateDir: tempDir('kb-report-pg-'), databaseUrl: process.env.KB_TEST_DATABASE_URL }) : undefined), exact: false },
];

for (const kind of stores) {
  describe(`loadReport() on ${kind.name}`, function () {
    this.timeout(120_000);
    let store: EventStore;

    before(async function () {
      const opened = kind.open();
      if (!opened) {
        console.log('    skipped: KB_TEST_DATABASE_URL is not set (CI starts a PostgreSQL server and sets it)');
        return this.skip();
      }
      store = await opened;
    });

    after(async () => {
      await store?.close();
    });

    it('reports what was recorded, compares with the period before, and removes only the sample events', async () => {
      const { kb } = sampleKb();
      const until = Date.now();
      const events = demoTraffic(kb, { days: 20, until, seed: 11 });
      for (const e of events) store.record(e);
      const real = { id: `real-${until}`, at: until - DAY, type: 'search' as const, scope: 'agent' as const, searchId: `real-s-${until}`, query: '中间行扣费', resultIds: ['fees-intermediary-deduction'], confident: true };
      store.record(real);
      await store.flush();
      const r = await loadReport(store, kb, { since: until - 10 * DAY, until });
      const inPeriod = events.filter((e) => e.at >= until - 10 * DAY);
      const searches = inPeriod.filter((e) => e.type === 'search').length + 1;
      const before = events.filter((e) => e.at < until - 10 * DAY && e.type === 'search').length;
      if (kind.exact) {
        expect(r.volume.searches).to.deep.equal({ current: searches, previous: before });
        expect(r.sampleEvents).to.equal(inPeriod.length);
      } else {
        expect(r.volume.searches.current).to.be.at.least(searches);
        expect(r.sampleEvents).to.be.at.least(inPeriod.length);
      }
      expect(r.gaps.clusters.length).to.be.greaterThan(0);
      expect(r.articles.rows.some((a) => a.notHelpful > 0 && Object.keys(a.reasons).length > 0)).to.equal(true);
      const removed = await store.deleteSample();
      if (kind.exact) expect(removed).to.equal(events.length);
      else expect(removed).to.be.at.least(events.length);
      const left = await store.list({ since: until - 30 * DAY, until: until + 1 });
      expect(left.some((e) => e.sample)).to.equal(false);
      expect(left.map((e) => e.id)).to.include(real.id);
    });
  });
}
