import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent } from '../../src/pipeline/compileContent.js';
import { sectionKind } from '../../src/compile/sectionKind.js';
import { FIXTURES, tempDir } from '../support/paths.js';
import { startTestServer } from '../support/testServer.js';

const front = (id: string) =>
  `---\nid: ${id}\ntitle: Fee question ${id}\ncategory: fees\ntags: [fee]\nquestions: [why ${id}]\nvisibility: public\nowner: ops\nreviewed: 2026-10-01\nescalate_to: ops\npromise: 2 days\n---\n`;
const body = (internal: string) => `The fee was taken by a bank on the way.\n\n## Say this\nHello, the fee was taken on the way.\n\n## Steps\n1. Check the MT103.\n\n${internal}\n`;

/** Internal-notes headings as editors really write them; each hides a secret word. */
const VARIANTS: Array<[string, (secret: string) => string]> = [
  ['Traditional 內部備註', (s) => `## 內部備註\n${s} 的规则。`],
  ['Traditional 內部說明', (s) => `## 內部說明\n${s} 的规则。`],
  ['full-width Ｉｎｔｅｒｎａｌ ｎｏｔｅｓ', (s) => `## Ｉｎｔｅｒｎａｌ ｎｏｔｅｓ\nThe ${s} rule.`],
  ['a heading in a blockquote', (s) => `> ## Internal notes\n> The ${s} rule.`],
  ['a heading in a list', (s) => `- ## Internal notes\n\n  The ${s} rule.`],
  ['## Confidential', (s) => `## Confidential\nThe ${s} rule.`],
  ['a level-3 heading', (s) => `### Internal notes\nThe ${s} rule.`],
  ['decorated 内部备注（勿外传）', (s) => `## 内部备注（勿外传）\n${s} 的规则。`],
  ['upper case INTERNAL NOTES:', (s) => `## INTERNAL NOTES:\nThe ${s} rule.`],
];
const secretOf = (i: number) => `zqxsecret${i}`;

function contentDir(write: (dir: string) => void): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
  write(dir);
  return dir;
}

describe('internal notes under heading variants', () => {
  it('sectionKind reads headings after the analyzer\'s normalisation', () => {
    for (const h of ['內部備註', '內部說明', 'Ｉｎｔｅｒｎａｌ ｎｏｔｅｓ', 'Confidential', 'CONFIDENTIAL', '内部备注（勿外传）', 'Internal notes:', '🔒 Internal', 'Agents only']) {
      expect(sectionKind(h), h).to.equal('internal');
    }
    expect(sectionKind('回復話術')).to.equal('reply');
    expect(sectionKind('Ｓｔｅｐｓ')).to.equal('steps');
    expect(sectionKind('Background')).to.equal('other');
  });

  it('every variant compiles to an internal section, lints clean, and never reaches /public/api', async function () {
    const dir = contentDir((d) => VARIANTS.forEach(([, make], i) => writeFileSync(join(d, 'fees', `fees-variant-${i}.en.md`), front(`fees-variant-${i}`) + body(make(secretOf(i))))));
    const { articles, diagnostics } = compileContent({ contentDir: dir, now: new Date('2026-11-01') });
    expect(diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    VARIANTS.forEach(([name], i) => {
      const a = articles.find((x) => x.id === `fees-variant-${i}`)!;
      const holder = a.sections.find((s) => s.text.includes(secretOf(i)));
      expect(holder?.kind, name).to.equal('internal');
    });

    const server = await startTestServer({}, dir);
    try {
      for (const [i, [name]] of VARIANTS.entries()) {
        const pub = await server.get(`/public/api/articles/fees-variant-${i}?locale=en`);
        expect(pub.status, name).to.equal(200);
        expect(JSON.stringify(pub.body), name).not.to.include(secretOf(i));
        expect(pub.body.sections.map((s: { kind: string }) => s.kind), name).to.include('steps');
        const found = await server.get(`/public/api/suggest?q=${secretOf(i)}`);
        expect(JSON.stringify(found.body.hits), name).not.to.include(secretOf(i));
        expect(found.body.hits, name).to.deep.equal([]);
        // The agent API still has it.
        const agent = await server.get(`/api/articles/fees-variant-${i}?locale=en`);
        expect(JSON.stringify(agent.body), name).to.include(secretOf(i));
      }
    } finally {
      await server.close();
    }
  });
});

describe('lint: internal-looking text in public parts is an error', () => {
  const leaks: Array<[string, string]> = [
    ['agents only', 'Note: agents only, waive the fee on request.'],
    ['do not tell the customer', 'Do not tell the customer about the waiver.'],
    ["don't tell the client", "Don't tell the client about the waiver."],
    ['internal only', 'Internal only: the waiver code is W7.'],
    ['内部', '内部口径：可以减免手续费。'],
    ['勿告知客户', '减免规则勿告知客户。'],
    ['仅限坐席', '仅限坐席：减免代码 W7。'],
    ['Traditional 內部', '內部口徑：可以減免手續費。'],
    ['full-width ＡＧＥＮＴＳ ＯＮＬＹ', 'ＡＧＥＮＴＳ ＯＮＬＹ: waive it.'],
    ['confidential', 'Confidential: the waiver code is W7.'],
  ];
  for (const [name, text] of leaks) {
    it(`"${name}" in a public section`, () => {
      const dir = contentDir((d) => writeFileSync(join(d, 'fees', 'fees-leaky.en.md'), front('fees-leaky') + `The fee was taken on the way.\n\n## Say this\nHello.\n\n## Steps\n1. Check.\n2. ${text}\n\n## Escalation\nOps.\n`));
      const errors = compileContent({ contentDir: dir, now: new Date('2026-11-01') }).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((e) => [e.code, e.file, e.field])).to.deep.equal([['article.internal-leak', 'fees/fees-leaky.en.md', 'Steps']]);
    });
  }

  it('in a public title, tag or question', () => {
    const dir = contentDir((d) =>
      writeFileSync(
        join(d, 'fees', 'fees-leaky.en.md'),
        front('fees-leaky').replace('title: Fee question fees-leaky', 'title: Fee waiver (agents only)').replace('tags: [fee]', 'tags: [fee, 内部]') + body('## Internal notes\nW7.'),
      ),
    );
    const errors = compileContent({ contentDir: dir, now: new Date('2026-11-01') }).diagnostics.filter((d) => d.code === 'article.internal-leak');
    expect(errors.map((e) => [e.severity, e.field, e.line])).to.deep.equal([['error', 'title', 3], ['error', 'tags', 5]]);
  });
});
