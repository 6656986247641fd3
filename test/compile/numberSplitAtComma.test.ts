import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compileContent.js';
import { CONTENT, FIXTURES, tempDir } from '../support/paths.js';

const article = (tags: string, questions: string) => `---
id: fees-quota
title: Annual quota
category: fees
tags: ${tags}
questions: ${questions}
visibility: public
owner: ops
reviewed: 2026-10-01
escalate_to: ops
promise: an answer in 2 days
---
The quota is per calendar year.

## Say this
Hello {name}, the quota is per calendar year.

## Steps
1. Check the quota.

## Escalation
Ops.
`;

function splitWarnings(tags: string, questions: string) {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  writeFileSync(join(dir, 'fees', 'fees-quota.en.md'), article(tags, questions));
  const { diagnostics } = compileContent({ contentDir: dir, now: new Date('2026-11-01') });
  expect(diagnostics.filter((d) => d.severity === 'error'), 'the article compiles').to.deep.equal([]);
  return diagnostics.filter((d) => d.code === 'article.number-split');
}

describe('lint: a number split at its comma in a flow list', () => {
  it('warns on the tag and the question, naming the entry to quote', () => {
    const found = splitWarnings('[quota, USD 50,000 quota]', '[is the limit 1,234,567 a year]');
    expect(found.map(({ line, field, message, hint }) => ({ line, field, message, hint }))).to.deep.equal([
      { line: 5, field: 'tags', message: '"USD 50" and "000 quota" look like one entry "USD 50,000 quota" split at the comma in its number', hint: 'quote it in the list: "USD 50,000 quota" (in [a, b] lists a comma separates entries)' },
      { line: 6, field: 'questions', message: '"is the limit 1" and "234" look like one entry "is the limit 1,234" split at the comma in its number', hint: 'quote it in the list: "is the limit 1,234" (in [a, b] lists a comma separates entries)' },
      { line: 6, field: 'questions', message: '"234" and "567 a year" look like one entry "234,567 a year" split at the comma in its number', hint: 'quote it in the list: "234,567 a year" (in [a, b] lists a comma separates entries)' },
    ]);
    expect(found.every((d) => d.severity === 'warning')).to.equal(true);
  });

  it('is quiet on quoted numbers and on lists that merely mention numbers', () => {
    expect(splitWarnings('[quota, "USD 50,000 quota", 2024 fees, 500 fee]', '[why 25 dollars less, "over 1,000 USD"]')).to.deep.equal([]);
  });

  it('finds nothing in the shipped content', () => {
    const found = compileContent({ contentDir: CONTENT, now: new Date('2026-11-01') }).diagnostics.filter((d) => d.code === 'article.number-split');
    expect(found.map((d) => `${d.file}:${d.line}`)).to.deep.equal([]);
  });
});
