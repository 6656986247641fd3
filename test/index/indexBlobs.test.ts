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

  it('reads arrays from blobs that are not aligned for their type (by copying them)', () => {
    const index = compileIndex(docs);
    const parts = encodeIndex(index);
    const shifted = Object.fromEntries(
      INDEX_PARTS.map((p) => {
        const padded = Buffer.alloc(parts[p].length + 1);
        parts[p].copy(padded, 1);
        return [p, padded.subarray(1)];
      }),
    ) as Record<IndexPart, Buffer>;
    expect(shifted.docs.byteOffset % 2).to.not.equal(0);
    expect(decodeIndex(shifted)).to.deep.equal(index);
  });

  it('stores document numbers and weights as Uint16 when every value fits, and as Uint32 when one does not', () => {
    const index = compileIndex(docs);
    expect(index.docs).to.be.instanceOf(Uint16Array);
    expect(index.weights).to.be.instanceOf(Uint16Array);
    const postings = index.offsets[index.offsets.length - 1]!;
    expect(encodeIndex(index).weights.length).to.equal(2 * postings);
    const heavy = { ...index, weights: Uint32Array.from(index.weights, (w, i) => (i === 0 ? 70_000 : w)) };
    const parts = encodeIndex(heavy);
    expect(parts.weights.length).to.equal(4 * postings);
    const decoded = decodeIndex(parts);
    expect(decoded).to.deep.equal(heavy);
    expect(decoded.weights).to.be.instanceOf(Uint32Array);
    expect(decoded.docs).to.be.instanceOf(Uint16Array);
  });

  it('refuses postings whose byte length fits neither width', () => {
    const parts = encodeIndex(compileIndex(docs));
    expect(() => decodeIndex({ ...parts, docs: parts.docs.subarray(1) })).to.throw(/bytes for \d+ postings/);
  });

  it('loads only the scopes asked for; asking another is a typed error', () => {
    const { file } = sampleKb();
    expect(Object.keys(readKnowledgeBase(file, ['agent']).indexes)).to.deep.equal(['agent']);
    const kb = KnowledgeBase.open(file, ['public']);
    expect(kb.index('public').refs.length).to.be.above(0);
    expect(() => kb.index('agent')).to.throw(KbError).with.property('code', 'index.scope-not-loaded');
  });
});
