import { expect } from 'chai';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFingerprint, engineFolders } from '../../src/pipeline/engineFingerprint.js';
import { tempDir } from '../support/paths.js';

describe('engineFingerprint()', () => {
  function stage(root: string, name: string, files: Record<string, string>): string {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  it('changes when a compiled file in any of its folders changes, and only then', () => {
    const root = tempDir();
    const analysis = stage(root, 'analysis', { 'analyzer.js': 'export const a = 1;' });
    const pipeline = stage(root, 'pipeline', { 'buildKnowledgeBase.js': 'export const publicOnly = true;', 'notes.md': 'not code' });
    const before = engineFingerprint([analysis, pipeline]);
    expect(engineFingerprint([analysis, pipeline])).to.equal(before);
    writeFileSync(join(pipeline, 'notes.md'), 'still not code');
    expect(engineFingerprint([analysis, pipeline])).to.equal(before);
    writeFileSync(join(pipeline, 'buildKnowledgeBase.js'), 'export const publicOnly = false;');
    expect(engineFingerprint([analysis, pipeline])).to.not.equal(before);
  });

  it('hashes the pipeline folder (vocabulary, public filter) besides the stages', () => {
    const folders = engineFolders();
    expect(folders.some((dir) => existsSync(join(dir, 'buildKnowledgeBase.js'))), folders.join(', ')).to.equal(true);
    expect(folders.some((dir) => existsSync(join(dir, 'analyzer.js')))).to.equal(true);
  });
});
