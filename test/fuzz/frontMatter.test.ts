import { expect } from 'chai';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseArticle } from '../../src/content/parseArticle.js';
import { parseFrontMatter } from '../../src/content/frontMatter.js';
import { isYamlProblem } from '../../src/content/parseYaml.js';
import { fuzzParams, hugeText, nastyText } from '../support/fuzz.js';

const FILE = 'fees/fuzzed.en.md';

/** Front matter fields with hostile values (and sometimes the wrong types), plus unknown fields. */
const knownFields = fc.record(
  {
    id: fc.oneof(fc.constant('fuzzed'), nastyText(3)),
    title: nastyText(),
    category: fc.oneof(fc.constant('fees'), nastyText(2)),
    tags: fc.oneof(fc.array(nastyText(3), { maxLength: 4 }), nastyText(2)),
    questions: fc.array(fc.oneof(nastyText(), hugeText(2000, 5000)), { maxLength: 3 }),
    visibility: fc.oneof(fc.constantFrom('public', 'internal'), nastyText(2)),
    owner: nastyText(3),
    reviewed: fc.oneof(fc.constantFrom('2026-10-12', '2026-02-30', '9999-99-99'), nastyText(2), fc.date({ noInvalidDate: true })),
    review_every_days: fc.oneof(fc.integer(), fc.double(), nastyText(2)),
    escalate_to: nastyText(3),
    promise: nastyText(3),
    related: fc.array(nastyText(2), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const frontMatter = fc.tuple(knownFields, fc.dictionary(nastyText(2), fc.anything(), { maxKeys: 2 })).map(([known, unknown]) => ({ ...unknown, ...known }));

/** Each diagnostic names the file and a real line, with a message. */
function expectWellFormed(diagnostics: Array<{ file: string; line?: number; message: string; severity: string }>): void {
  for (const d of diagnostics) {
    expect(d.file).to.equal(FILE);
    expect(Number.isInteger(d.line) && d.line! >= 1, `line of "${d.message}"`).to.equal(true);
    expect(d.message).to.be.a('string').and.not.equal('');
    expect(['error', 'warning']).to.include(d.severity);
  }
}

describe('front matter and article parsing under hostile files (property-based)', () => {
  it('parseFrontMatter() never throws: a problem with a line, or a body and the line it starts on', () => {
    // Huge values are few: YAML parsing is linear but not cheap, and the suite runs on busy machines.
    const text = fc.oneof(
      { weight: 5, arbitrary: nastyText(40) },
      { weight: 5, arbitrary: fc.tuple(nastyText(20), nastyText(20)).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`) },
      { weight: 1, arbitrary: hugeText(5_000, 12_000).map((t) => `---\ntitle: ${t}\n---\nbody`) },
    );
    fc.assert(
      fc.property(text, (t) => {
        const fm = parseFrontMatter(t);
        if (isYamlProblem(fm)) {
          expect(Number.isInteger(fm.line) && fm.line >= 1).to.equal(true);
          expect(fm.message).to.be.a('string').and.not.equal('');
        } else {
          expect(fm.body).to.be.a('string');
          expect(fm.bodyLine).to.be.at.least(2);
        }
      }),
      fuzzParams(300),
    );
  });

  it('parseArticle() never throws, and every diagnostic names the file and a line', () => {
    const fields = fc.oneof(
      frontMatter.map((fm) => {
        try {
          return stringify(fm);
        } catch {
          return 'title: x';
        }
      }),
      nastyText(30),
    );
    fc.assert(
      fc.property(fields, nastyText(30), (yaml, body) => {
        const result = parseArticle(FILE, 'en', 'fuzzed', `---\n${yaml}\n---\n${body}`);
        expectWellFormed(result.diagnostics);
        if (result.article) expect(result.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
        else expect(result.diagnostics.some((d) => d.severity === 'error'), 'a rejected article says why').to.equal(true);
      }),
      fuzzParams(300),
    );
  });
});

describe('front matter: cases found by fuzzing', () => {
  it('reports an alias without its anchor, and an alias bomb, as a syntax error on their line', () => {
    const unresolved = parseArticle(FILE, 'en', 'fuzzed', '---\nid: fuzzed\ntags: *alias\n---\nbody');
    expect(unresolved.diagnostics).to.have.length(1);
    expect(unresolved.diagnostics[0]).to.include({ code: 'front-matter.syntax', line: 3 });
    expect(unresolved.diagnostics[0]!.message).to.match(/^invalid YAML: Unresolved alias/);
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcd'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abc'[i]}`).join(', ')}]`)];
    const bomb = parseArticle(FILE, 'en', 'fuzzed', `---\n${rows.join('\n')}\n---\nbody`);
    expect(bomb.diagnostics[0]).to.include({ code: 'front-matter.syntax', line: 3 });
  });
});
