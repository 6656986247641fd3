import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compileContent.js';
import type { Diagnostic } from '../../src/errors.js';
import { FIXTURES, tempDir } from '../support/paths.js';

/** A copy of the minimal valid content with one case's files laid over it. */
function contentWith(overlay?: string, write?: (dir: string) => void): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  if (overlay) cpSync(join(FIXTURES, 'bad-content', overlay), dir, { recursive: true });
  write?.(dir);
  return dir;
}

const errorsOf = (dir: string): Array<Pick<Diagnostic, 'file' | 'line' | 'message'>> =>
  compileContent({ contentDir: dir, now: new Date('2026-11-01') })
    .diagnostics.filter((d) => d.severity === 'error')
    .map(({ file, line, message }) => ({ file, line, message }));

const FRONT = '---\nid: fees-x\ntitle: t\ncategory: fees\nquestions: [q]\nvisibility: public\nowner: o\nreviewed: 2026-10-01\nescalate_to: e\npromise: p\n---\n';

describe('bad content', () => {
  it('the minimal fixture content itself has no errors', () => {
    expect(errorsOf(contentWith())).to.deep.equal([]);
  });

  const cases: Array<{ name: string; overlay?: string; write?: (dir: string) => void; errors: Array<Pick<Diagnostic, 'file' | 'line' | 'message'>> }> = [
    {
      name: 'broken YAML: points at the line that opens the unclosed [',
      overlay: 'broken-yaml',
      errors: [{ file: 'fees/fees-broken.en.md', line: 3, message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    },
    {
      name: 'missing title',
      overlay: 'missing-title',
      errors: [{ file: 'fees/fees-untitled.en.md', line: 1, message: 'missing required field "title"' }],
    },
    {
      name: 'duplicate id: reported on the second file, naming the first',
      overlay: 'duplicate-id',
      errors: [{ file: 'zz-copies/fees-short.en.md', line: 2, message: 'duplicate id "fees-short" (en): also defined in fees/fees-short.en.md' }],
    },
    {
      name: 'unknown related id: on the line of the list item',
      overlay: 'unknown-related',
      errors: [{ file: 'fees/fees-linked.en.md', line: 13, message: 'related id "fees-nowhere" does not exist' }],
    },
    {
      name: 'invalid date',
      overlay: 'invalid-date',
      errors: [{ file: 'fees/fees-dated.en.md', line: 8, message: '"reviewed" must be a real date written YYYY-MM-DD, e.g. 2026-10-12' }],
    },
    {
      name: 'empty body',
      overlay: 'empty-body',
      errors: [{ file: 'fees/fees-empty.en.md', line: 12, message: 'the article body is empty' }],
    },
    {
      name: 'non-UTF-8 file (GBK bytes)',
      write: (dir) => writeFileSync(join(dir, 'fees', 'fees-gbk.zh-CN.md'), Buffer.concat([Buffer.from(FRONT), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])])),
      errors: [{ file: 'fees/fees-gbk.zh-CN.md', line: undefined, message: 'file is not valid UTF-8' }],
    },
    {
      name: 'binary file with a Markdown name',
      write: (dir) => writeFileSync(join(dir, 'fees', 'fees-image.en.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])),
      errors: [{ file: 'fees/fees-image.en.md', line: undefined, message: 'file is binary (contains NUL bytes), not Markdown text' }],
    },
    {
      name: 'a 5 MB file',
      write: (dir) => writeFileSync(join(dir, 'fees', 'fees-huge.en.md'), FRONT + 'x'.repeat(5 * 1024 * 1024)),
      errors: [{ file: 'fees/fees-huge.en.md', line: undefined, message: 'file is 5.0 MB, over the 1 MB limit' }],
    },
    {
      name: 'a Markdown file not named <id>.<locale>.md',
      write: (dir) => writeFileSync(join(dir, 'fees', 'notes.md'), '# editor notes'),
      errors: [{ file: 'fees/notes.md', line: undefined, message: 'Markdown file name must be <id>.<locale>.md with locale zh-CN or en' }],
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      expect(errorsOf(contentWith(c.overlay, c.write))).to.deep.equal(c.errors);
    });
  }

  it('reports every problem in one run, not just the first', () => {
    const dir = contentWith('missing-title', (d) => {
      cpSync(join(FIXTURES, 'bad-content', 'invalid-date'), d, { recursive: true });
      cpSync(join(FIXTURES, 'bad-content', 'empty-body'), d, { recursive: true });
    });
    expect(errorsOf(dir).map((e) => e.file)).to.deep.equal(['fees/fees-dated.en.md', 'fees/fees-empty.en.md', 'fees/fees-untitled.en.md']);
  });

  it('suggests the right field name for a misspelt one', () => {
    const dir = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-x.en.md'), FRONT.replace('title: t', 'titel: t') + 'Answer.\n'));
    const d = compileContent({ contentDir: dir }).diagnostics.find((x) => x.code === 'front-matter.unknown-field');
    expect(d).to.include({ file: 'fees/fees-x.en.md', line: 3, message: 'unknown field "titel"', hint: 'did you mean "title"?' });
  });

  it('neutralises a script tag, event attributes and javascript: links, and warns about them', () => {
    const result = compileContent({ contentDir: contentWith('unsafe-html') });
    const article = result.articles.find((a) => a.id === 'fees-unsafe')!;
    const html = article.sections.map((s) => s.html).join('\n');
    expect(html).not.to.match(/<script|javascript:|onerror|onclick|<img/i);
    expect(html).to.include('<a href="https://whalesail.example/help" rel="noopener noreferrer" target="_blank">our site</a>');
    expect(article.answer).to.equal('Click here or there for details.');
    const warnings = result.diagnostics.filter((d) => d.file === 'fees/fees-unsafe.en.md' && /^body\./.test(d.code)).map((d) => [d.line, d.code]);
    expect(warnings).to.deep.equal([[12, 'body.unsafe-link'], [12, 'body.raw-html'], [14, 'body.raw-html'], [16, 'body.raw-html']]);
  });

  it('reports a public section that contains internal notes', () => {
    const dir = contentWith(undefined, (d) =>
      writeFileSync(join(d, 'fees', 'fees-x.en.md'), `${FRONT}An answer.\n\n## Steps\n1. Check.\n\nInternal only: partner bank code PINEAPPLE.\n`),
    );
    expect(errorsOf(dir)).to.deep.equal([{ file: 'fees/fees-x.en.md', line: 14, message: 'public section "Steps" contains "Internal only", which looks like an internal note' }]);
  });

  it('reports the same similar question on two articles', () => {
    const dir = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-x.en.md'), FRONT.replace('questions: [q]', 'questions: ["Money short!"]') + 'Answer.\n'));
    expect(errorsOf(dir)).to.deep.equal([
      { file: 'fees/fees-short.en.md', line: 8, message: 'similar question "money short" is also on fees-x (fees/fees-x.en.md)' },
      { file: 'fees/fees-x.en.md', line: 5, message: 'similar question "Money short!" is also on fees-short (fees/fees-short.en.md)' },
    ]);
  });

  it("reports a copied article's questions on both files, each at its own line", () => {
    const dir = contentWith(undefined, (d) => {
      const original = readFileSync(join(d, 'fees', 'fees-short.en.md'), 'utf8');
      writeFileSync(join(d, 'fees', 'fees-short-copy.en.md'), original.replace('id: fees-short', 'id: fees-short-copy'));
    });
    const also = (q: string, id: string) => `similar question "${q}" is also on ${id} (fees/${id}.en.md)`;
    expect(errorsOf(dir)).to.deep.equal([
      { file: 'fees/fees-short-copy.en.md', line: 7, message: also('why did less arrive', 'fees-short') },
      { file: 'fees/fees-short-copy.en.md', line: 8, message: also('money short', 'fees-short') },
      { file: 'fees/fees-short.en.md', line: 7, message: also('why did less arrive', 'fees-short-copy') },
      { file: 'fees/fees-short.en.md', line: 8, message: also('money short', 'fees-short-copy') },
    ]);
  });

  it('reports a review date in the future, allowing a day for time zones', () => {
    const future = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-x.en.md'), FRONT.replace('2026-10-01', '2026-12-25') + 'Answer.\n'));
    expect(errorsOf(future)).to.deep.equal([{ file: 'fees/fees-x.en.md', line: 8, message: '"reviewed" is 2026-12-25, after today (2026-11-01): it would keep the article from ever being due for review' }]);
    const tomorrow = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-x.en.md'), FRONT.replace('2026-10-01', '2026-11-02') + 'Answer.\n'));
    expect(errorsOf(tomorrow)).to.deep.equal([]);
  });

  it('does not report a translation as missing when its file exists but is broken', () => {
    const dir = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-short.en.md'), '---\nid: [broken\n---\n'));
    const diagnostics = compileContent({ contentDir: dir, now: new Date('2026-11-01') }).diagnostics;
    expect(diagnostics.filter((x) => x.severity === 'error').map((x) => x.file)).to.deep.equal(['fees/fees-short.en.md']);
    expect(diagnostics.filter((x) => x.code === 'article.missing-translation')).to.deep.equal([]);
  });

  it('warns about overdue reviews and missing translations, without failing', () => {
    const dir = contentWith(undefined, (d) => writeFileSync(join(d, 'fees', 'fees-x.en.md'), FRONT.replace('2026-10-01', '2025-01-01') + 'Answer.\n'));
    const warnings = compileContent({ contentDir: dir, now: new Date('2026-11-01') }).diagnostics.filter((x) => x.file === 'fees/fees-x.en.md' && x.severity === 'warning');
    expect(warnings.map((w) => w.code)).to.include.members(['article.stale', 'article.missing-translation']);
    expect(errorsOf(dir)).to.deep.equal([]);
  });
});
