import { expect } from 'chai';
import { KbError } from '../../src/errors.js';
import { compileIndex } from '../../src/index/compiledIndex.js';
import { decodeIndex, encodeIndex, INDEX_PARTS, type IndexPart } from '../../src/index/indexBlobs.js';
import { KnowledgeBase } from '../../src/query/knowledgeBase.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { sampleKb } from '../support/sampleKb.js';

const docs = [
  { id: 'a-one', title: ['fee', 'fees'], questions: [], tags: ['mt103'], body: ['fee', 'charge', 'fee'], qgrams: ['中转'], bgrams: [] },
  { id: 'b-two', title: ['charge'], questions: ['fee'], tags: [], body: [], qgrams: [], bgrams: ['中转', '转行'] },
];

describe('index blobs', () => {
  it('round-trips a compiled index through its blobs', () => {
    const index = compileIndex(docs);
    expect(decodeIndex(encodeIndex(index))).to.deep.equal(index);
  });

  it('reads arrays from blobs that are not 4-byte aligned (by copying them)', () => {
    const index = compileIndex(docs);
    const parts = encodeIndex(index);
    const shifted = Object.fromEntries(
      INDEX_PARTS.map((p) => {
        const padded = Buffer.alloc(parts[p].length + 1);
        parts[p].copy(padded, 1);
        return [p, padded.subarray(1)];
      }),
    ) as Record<IndexPart, Buffer>;
    expect(shifted.docs.byteOffset % 4).to.not.equal(0);
    expect(decodeIndex(shifted)).to.deep.equal(index);
  });

  it('loads only the scopes asked for; asking another is a typed error', () => {
    const { file } = sampleKb();
    expect(Object.keys(readKnowledgeBase(file, ['agent']).indexes)).to.deep.equal(['agent']);
    const kb = KnowledgeBase.open(file, ['public']);
    expect(kb.index('public').refs.length).to.be.above(0);
    expect(() => kb.index('agent')).to.throw(KbError).with.property('code', 'index.scope-not-loaded');
  });
});
