import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWhole } from '../../src/shared/readWhole.js';
import { tempDir } from '../support/paths.js';

describe('readWhole()', () => {
  it('reads a file whole, a large one and an empty one', async () => {
    const dir = tempDir();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    writeFileSync(join(dir, 'large'), bytes);
    writeFileSync(join(dir, 'empty'), '');
    expect((await readWhole(join(dir, 'large'))).equals(bytes)).to.equal(true);
    expect((await readWhole(join(dir, 'empty'))).length).to.equal(0);
  });

  it('rejects a file it cannot open or read', async () => {
    const dir = tempDir();
    const missing = await readWhole(join(dir, 'missing')).catch((err: NodeJS.ErrnoException) => err.code);
    expect(missing).to.equal('ENOENT');
    const folder = await readWhole(dir).catch((err: NodeJS.ErrnoException) => err.code);
    expect(folder).to.equal('EISDIR');
  });
});
