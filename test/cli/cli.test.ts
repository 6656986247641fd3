import { expect } from 'chai';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assist } from '../../src/assist/assist.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { FIXTURES, ROOT, tempDir } from '../support/paths.js';
import { runKb, runMain } from '../support/runCli.js';
import { sampleKb } from '../support/sampleKb.js';

/** A project folder with the sample content, as a user would have after cloning. */
function project(): string {
  const dir = tempDir('kb-cli-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

describe('kb (child process)', () => {
  const dir = project();

  it('build writes .kb/kb.sqlite and prints a summary', () => {
    const r = runKb(['build'], dir);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^built \.kb\/kb\.sqlite: \d+ articles from \d+ files \(zh-CN, en\), 0 warning\(s\), in [\d.]+ s\n$/);
    expect(existsSync(join(dir, '.kb', 'kb.sqlite'))).to.equal(true);
  });

  it('lint exits 0 on the sample content', () => {
    const r = runKb(['lint', '--json'], dir);
    expect(r.code).to.equal(0);
    expect(JSON.parse(r.stdout)).to.include({ errors: 0, warnings: 0 });
  });

  it('search --json returns ranked hits with id, title, score and snippet', () => {
    const r = runKb(['search', '买家汇了10000美金只到了9975', '--json', '--limit', '3'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as { locale: string; hits: Array<Record<string, unknown>> };
    expect(out.locale).to.equal('zh-CN');
    expect(out.hits).to.have.length(3);
    expect(out.hits[0]).to.include({ id: 'fees-intermediary-deduction', locale: 'zh-CN' });
    expect(out.hits[0]).to.have.all.keys('id', 'locale', 'title', 'category', 'answer', 'snippet', 'score');
  });

  it('eval --json prints exactly the documented keys', () => {
    const r = runKb(['eval', '--queries', join(FIXTURES, 'queries.dev.jsonl'), '--json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).to.deep.equal(['queries', 'mrr', 'recall_at_1', 'recall_at_3', 'recall_at_10', 'ndcg_at_10', 'p50_ms', 'p99_ms', 'misses']);
    expect(report.queries).to.be.at.least(150);
  });

  it('assist reads a JSON transcript and ranks articles for the call', () => {
    const file = join(dir, 'call.json');
    writeFileSync(file, JSON.stringify({ transcript: [{ speaker: 'customer', text: '喂，你好' }, { speaker: 'customer', text: '我邮箱被黑了，客户把货款打到骗子账户去了' }] }));
    const r = runKb(['assist', '--transcript', file, '--json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout);
    expect(out.hits[0].id).to.equal('security-email-compromise');
    expect(out).to.include({ rerank: 'off', locale: 'zh-CN' });
  });

  it('assist reads "speaker: text" lines and prints the query, entities and hits', () => {
    const file = join(dir, 'call.txt');
    writeFileSync(file, 'customer: hello, my buyer sent 10,000 USD\nagent: thanks, checking\ncustomer: but only 9,975 arrived, who took 25 dollars?\n');
    const r = runKb(['assist', '--transcript', file, '--limit', '2'], dir);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^query: .+\nentities: amount=10000 USD, amount=25 USD\nrerank: off\n1\. fees-intermediary-deduction /);
  });

  it('eval --json ranks transcript lines as agent assist ranks a call', () => {
    const file = join(FIXTURES, 'transcripts.dev.jsonl');
    const r = runKb(['eval', '--queries', file, '--json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout);
    const cases = readEvalSet(file);
    const { kb } = sampleKb();
    const expected = evaluate(cases, (c) => assist(kb, c.transcript!, { limit: 10 }).hits.map((h) => h.id));
    expect(report.queries).to.equal(cases.length);
    for (const key of ['mrr', 'recall_at_1', 'recall_at_3', 'recall_at_10', 'ndcg_at_10'] as const) expect(report[key], key).to.equal(expected[key]);
  });

  it('search rebuilds a stale index first, and says so on stderr', () => {
    const fresh = project();
    const r = runKb(['search', 'KYC', '--json'], fresh);
    expect(r.code).to.equal(0);
    expect(r.stderr).to.match(/index rebuilt/);
    expect(JSON.parse(r.stdout).hits.length).to.be.above(0);
  });
});

describe('kb main()', () => {
  it('prints help with examples for every command', async () => {
    for (const command of ['build', 'lint', 'search', 'assist', 'eval', 'serve']) {
      const r = await runMain([command, '--help'], ROOT);
      expect(r.code).to.equal(0);
      expect(r.stdout, command).to.match(/Examples:\n\s+\$ kb /);
    }
  });

  it('reports content errors as file:line lines and exits 1 without writing', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), join(dir, 'content'), { recursive: true });
    cpSync(join(FIXTURES, 'bad-content', 'invalid-date'), join(dir, 'content'), { recursive: true });
    const r = await runMain(['build'], dir);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.include('fees/fees-dated.en.md:8: error [reviewed]: "reviewed" must be a real date');
    expect(r.stderr).to.match(/kb: content: 1 error\(s\) in 1 file\(s\); nothing was written\n$/);
    expect(existsSync(join(dir, '.kb'))).to.equal(false);
  });

  it('lint exits 1 on errors and names each problem', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'content-min'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'bad-content', 'unknown-related'), dir, { recursive: true });
    const r = await runMain(['lint', '--content', dir], ROOT);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.include('fees/fees-linked.en.md:13: error [related]: related id "fees-nowhere" does not exist');
  });

  it('turns bad input into one clear line without a stack trace', async () => {
    const dir = tempDir();
    const cases: Array<[string[], RegExp]> = [
      [['eval', '--queries', join(dir, 'missing.jsonl')], /^kb: eval: cannot read .*missing\.jsonl: ENOENT\n$/],
      [['search', 'x', '--limit', 'ten', '--content', join(dir, 'none')], /^kb: --limit must be a whole number from 1 to 50, got "ten"\n$/],
      [['search', 'x', '--locale', 'fr'], /^kb: query: unknown locale "fr"\n\s+hint: use one of: zh-CN, en\n$/],
      [['search', 'x', '--index', join(dir, 'none.sqlite'), '--content', join(dir, 'none')], /^kb: index: .* does not exist and there is no content folder .*\n\s+hint: pass --content DIR or --index FILE\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(args, ROOT);
      expect(r.code, args.join(' ')).to.equal(1);
      expect(r.stderr, args.join(' ')).to.match(message);
    }
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"query":"a","expected":["x"]}\nnot json\n');
    const r = await runMain(['eval', '--queries', bad], ROOT);
    expect(r.stderr).to.match(/^kb: eval: .*bad\.jsonl:2: invalid JSON/);
    expect(r.stderr).not.to.match(/\n\s+at /);
  });

  it('rejects an unknown command with the usage hint', async () => {
    const r = await runMain(['serach', 'x'], ROOT);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/unknown command 'serach'/);
  });
});
