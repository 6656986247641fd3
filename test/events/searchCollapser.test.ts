import { expect } from 'chai';
import type { StoredEvent } from '../../src/events/event.js';
import { SearchCollapser } from '../../src/events/searchCollapser.js';

const T0 = Date.UTC(2026, 10, 1, 9);

function search(query: string, at: number, more: Partial<StoredEvent> = {}): StoredEvent {
  return { id: `e-${query}-${at}`, at, type: 'search', scope: 'agent', searchId: `s-${query}`, query, ...more };
}

describe('SearchCollapser', () => {
  let emitted: StoredEvent[];
  let c: SearchCollapser;
  beforeEach(() => {
    emitted = [];
    c = new SearchCollapser((e) => emitted.push(e), { windowMs: 3000 });
  });

  it('stores 鲸, 鲸帆, 鲸帆扣费 typed in one go as one search, the last, once the client pauses', () => {
    c.add('k1', search('鲸', T0));
    c.add('k1', search('鲸帆', T0 + 400));
    c.add('k1', search('鲸帆扣费', T0 + 900));
    c.expire(T0 + 900 + 3000);
    expect(emitted).to.have.length(0);
    c.expire(T0 + 900 + 3001);
    expect(emitted.map((e) => e.query)).to.deep.equal(['鲸帆扣费']);
    expect(emitted[0]!.searchId).to.equal('s-鲸帆扣费');
  });

  it('gives an earlier id of the chain the settled search id, also after it settled', () => {
    c.add('k1', search('鲸', T0));
    c.add('k1', search('鲸帆', T0 + 400));
    c.add('k1', search('鲸帆扣费', T0 + 900));
    c.expire(T0 + 10_000);
    expect(c.resolve('s-鲸')).to.equal('s-鲸帆扣费');
    expect(c.resolve('s-鲸帆')).to.equal('s-鲸帆扣费');
    expect(c.resolve('s-unknown')).to.equal('s-unknown');
  });

  it('settles a chain at once when the client acts on one of its results', () => {
    c.add('k1', search('鲸', T0));
    c.add('k1', search('鲸帆', T0 + 400));
    expect(c.resolve('s-鲸')).to.equal('s-鲸帆');
    expect(emitted.map((e) => e.query)).to.deep.equal(['鲸帆']);
  });

  it('folds typing back (backspace) too', () => {
    c.add('k1', search('鲸帆扣费x', T0));
    c.add('k1', search('鲸帆扣费', T0 + 300));
    c.settleAll();
    expect(emitted.map((e) => e.query)).to.deep.equal(['鲸帆扣费']);
  });

  it('keeps separate searches after a pause, for unrelated text, per client, and per filter', () => {
    c.add('k1', search('鲸', T0));
    c.add('k1', search('鲸帆', T0 + 3001));
    c.add('k1', search('退款', T0 + 3100));
    c.add('k2', search('退款多久', T0 + 3200));
    c.add('k1', search('退款多久', T0 + 3300, { category: 'fees' }));
    c.settleAll();
    expect(emitted.map((e) => e.query)).to.deep.equal(['鲸', '鲸帆', '退款', '退款多久', '退款多久']);
  });

  it('bounds the clients in progress by settling the oldest', () => {
    const small = new SearchCollapser((e) => emitted.push(e), { maxPending: 2 });
    small.add('a', search('a', T0));
    small.add('b', search('b', T0));
    small.add('c', search('c', T0));
    expect(emitted.map((e) => e.query)).to.deep.equal(['a']);
  });

  it('settles a chain that never pauses every 64 keystrokes, and bounds the aliases it remembers', () => {
    const small = new SearchCollapser((e) => emitted.push(e), { maxAliases: 10 });
    for (let i = 0; i < 130; i++) small.add('k', search('鲸帆', T0 + i * 100, { searchId: `s-${i}` }));
    expect(emitted.map((e) => e.searchId)).to.deep.equal(['s-63', 's-127']);
    expect(small.resolve('s-0')).to.equal('s-0');
    expect(small.resolve('s-120')).to.equal('s-127');
  });

  it('forgets aliases after their time to live', () => {
    const short = new SearchCollapser(() => undefined, { windowMs: 1000, aliasTtlMs: 5000 });
    short.add('k', search('鲸', T0));
    short.add('k', search('鲸帆', T0 + 100));
    short.expire(T0 + 2000);
    expect(short.resolve('s-鲸')).to.equal('s-鲸帆');
    short.expire(T0 + 100 + 5001);
    expect(short.resolve('s-鲸')).to.equal('s-鲸');
  });
});
