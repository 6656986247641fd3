import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compileContent.js';
import { FIXTURES, tempDir } from '../support/paths.js';

const ARTICLE = `---
id: fees-marked
title: TITLE
category: fees
tags: [fee, TAG]
questions: [why less, QUESTION]
visibility: public
owner: OWNER
reviewed: 2026-10-01
escalate_to: ESCALATE
promise: PROMISE
---
The fee was taken on the way.

## Say this
Hello {PLACEHOLDER}, the fee was taken on the way.

## HEADING
1. Check the MT103.

## Escalation
Ops.
`;

function warningsFor(field: string, markup: string) {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  const plain: Record<string, string> = { TITLE: 'Fee title', TAG: 'tag', QUESTION: 'where is it', OWNER: 'ops', ESCALATE: 'ops', PROMISE: '2 days', PLACEHOLDER: 'name', HEADING: 'Steps' };
  writeFileSync(join(dir, 'fees', 'fees-marked.en.md'), ARTICLE.replace(/[A-Z]{3,}/g, (k) => (k === field ? markup : plain[k] ?? k)));
  return compileContent({ contentDir: dir, now: new Date('2026-11-01') }).diagnostics.filter((d) => d.code === 'article.markup-in-text');
}

describe('lint: markup in plain-text fields', () => {
  it('is quiet on plain words', () => {
    expect(warningsFor('NONE', '')).to.deep.equal([]);
  });

  const cases: Array<[string, string, string, number]> = [
    ['TITLE', '"Fee <b>title</b>"', 'title', 3],
    ['TAG', '"&lt;script&gt;"', 'tags', 5],
    ['QUESTION', '"why **less**"', 'questions', 6],
    ['OWNER', '"<img src=x onerror=alert(1)>"', 'owner', 8],
    ['PROMISE', '"see [the page](https://example.com)"', 'promise', 11],
    ['ESCALATE', '"ops `team`"', 'escalate_to', 10],
    ['HEADING', 'Steps <em>now</em>', 'heading', 18],
    ['PLACEHOLDER', '&lt;b&gt;name', 'placeholder', 15],
  ];
  for (const [key, markup, field, line] of cases) {
    it(`warns (not errors) on markup in ${field}`, () => {
      const found = warningsFor(key, markup);
      expect(found.map((d) => [d.severity, d.field, d.line, d.file])).to.deep.equal([['warning', field, line, 'fees/fees-marked.en.md']]);
      expect(found[0]!.message).to.match(new RegExp(`^"${field}" is plain text but contains markup`));
    });
  }
});
