import { expect } from 'chai';
import { SyncWorkerPool, WorkerExitError } from '../../src/pipeline/syncWorkerPool.js';

const SCRIPT = new URL('../support/poolTestWorker.js', import.meta.url);

function items(n: number, special?: { at: number; item: string }): string[] {
  const out = Array.from({ length: n }, (_, i) => `file-${i}.md`);
  if (special) out[special.at] = special.item;
  return out;
}

/** Runs the echo job; the results in the order they were handed over. */
function run(pool: SyncWorkerPool, list: string[]): string[] {
  const out: string[] = [];
  pool.run<string, string>('echo', undefined, list, 3, (start, results) => {
    expect(start).to.equal(out.length);
    out.push(...results);
  }, (item) => `content/${item}`);
  return out;
}

function failure(fn: () => unknown): WorkerExitError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(WorkerExitError);
    return err as WorkerExitError;
  }
  throw new Error('expected a WorkerExitError');
}

describe('SyncWorkerPool', () => {
  let pool: SyncWorkerPool | undefined;
  afterEach(() => pool?.close());

  it('hands every result over in item order', () => {
    pool = new SyncWorkerPool(SCRIPT, 2);
    expect(run(pool, items(50))).to.deep.equal(items(50).map((i) => `${i}!`));
  });

  it('sends the shared value again only when it changes, so workers keep what they made of it across runs', () => {
    pool = new SyncWorkerPool(SCRIPT, 1);
    const seen = (shared: unknown) => {
      let last = 0;
      pool!.run<string, number>('shared', shared, items(4), 2, (_, results) => (last = results.at(-1)!));
      return last;
    };
    const config = { words: ['a'] };
    expect(seen(config)).to.equal(1);
    // Sent again, the same object would arrive as a new copy: the worker would count 2.
    expect(seen(config)).to.equal(1);
    expect(seen({ words: ['a'] })).to.equal(2);
  });

  it('fails with a WorkerExitError naming the item when a worker calls process.exit', () => {
    pool = new SyncWorkerPool(SCRIPT, 2);
    const err = failure(() => run(pool!, items(40, { at: 17, item: 'exit' })));
    expect(err.code).to.equal('build.worker-exited');
    expect(err.item).to.equal('content/exit');
    expect(err.message).to.match(/stopped \(exit code 3\) while processing content\/exit/);
  });

  it('fails with a WorkerExitError when a worker runs out of memory', () => {
    pool = new SyncWorkerPool(SCRIPT, 2, { resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 } });
    const err = failure(() => run(pool!, items(12, { at: 4, item: 'out of memory' })));
    expect(err.item).to.equal('content/out of memory');
    expect(err.message).to.match(/ERR_WORKER_OUT_OF_MEMORY|out of memory/i);
  });

  it('fails the next run, not hangs, when a worker died between runs', () => {
    pool = new SyncWorkerPool(SCRIPT, 1);
    failure(() => run(pool!, ['exit']));
    const err = failure(() => run(pool!, items(5)));
    expect(err.code).to.equal('build.worker-exited');
  });

  it('reports an item a worker could not do as an error', () => {
    pool = new SyncWorkerPool(SCRIPT, 2);
    expect(() => run(pool!, items(10, { at: 2, item: 'throw' }))).to.throw(/cannot do this item/);
  });
});
