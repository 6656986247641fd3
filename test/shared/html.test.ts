import { expect } from 'chai';
import fc from 'fast-check';
import { decodeEntities, escapeHtml } from '../../src/shared/html.js';

describe('escapeHtml()', () => {
  it('escapes the five characters that matter in HTML text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml(42)).to.equal('42');
  });
});

describe('decodeEntities()', () => {
  it('undoes escapeHtml for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => decodeEntities(escapeHtml(text)) === text));
  });

  it('decodes once (an escaped entity stays an entity) and leaves other entities as written', () => {
    expect(decodeEntities('&amp;lt; &nbsp; &copy;')).to.equal('&lt; &nbsp; &copy;');
  });
});
