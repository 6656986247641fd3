import { expect } from 'chai';
import { appendFileSync, cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assist } from '../../src/assist/assist.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { readEvalSet } from '../../src/eval/readEvalSet.js';
import { FIXTURES, ROOT, tempDir } from '../support/paths.js';
import { runKb, runMain } from '../support/runCli.js';
import { sampleKb } from '../support/sampleKb.js';
import { readBuildInfo } from '../../src/store/indexFile.js';

/** A project folder with the sample content, as a user would have after cloning. */
function project(): string {
  const dir = tempDir('kb-cli-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

const KEYS = ['queries', 'in_domain', 'out_of_scope', 'mrr', 'recall_at_1', 'recall_at_3', 'recall_at_10', 'ndcg_at_10', 'p50_ms', 'p99_ms', 'confidence', 'misses', 'confidence_errors'];

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
    const out = JSON.parse(r.stdout) as { locale: string; confident: boolean; hits: Array<Record<string, unknown>> };
    expect(out.locale).to.equal('zh-CN');
    expect(out.confident).to.equal(true);
    expect(out.hits).to.have.length(3);
    expect(out.hits[0]).to.include({ id: 'fees-intermediary-deduction', locale: 'zh-CN' });
    expect(out.hits[0]).to.include.all.keys('id', 'locale', 'title', 'category', 'answer', 'snippet', 'score', 'confidence');
  });

  it('eval --json prints exactly the documented keys', () => {
    const r = runKb(['eval', '--queries', join(FIXTURES, 'queries.dev.jsonl'), '--json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).to.deep.equal(KEYS);
    expect(report.queries).to.be.at.least(150);
  });

  it('eval reports the confidence rates of an out-of-scope set, and search says when it is not confident', () => {
    const r = runKb(['eval', '--queries', join(FIXTURES, 'queries.oos.jsonl'), '--json'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const report = JSON.parse(r.stdout) as { out_of_scope: number; in_domain: number; confidence: { out_of_scope_not_confident: number; confident_precision: number } };
    expect(report).to.include({ in_domain: 0, out_of_scope: 179 });
    expect(report.confidence.out_of_scope_not_confident).to.be.at.least(0.85);
    expect(report.confidence.confident_precision).to.equal(0);
    const text = runKb(['search', '你们房贷利率多少'], dir);
    expect(text.stdout).to.match(/^no confident match/);
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

describe('kb: an index remembers its content folder', () => {
  const ARTICLE = join('withdraw', 'withdraw-limits.en.md');
  /** The project's own ./content differs from the other folder by one line, so a build of either is told apart by its hash. */
  const setUp = () => {
    const cwd = project();
    const other = join(tempDir('kb-other-'), 'content');
    cpSync(join(ROOT, 'content'), other, { recursive: true });
    appendFileSync(join(cwd, 'content', ARTICLE), '\nA line only the project has.\n');
    const index = join(tempDir('kb-index-'), 'other.sqlite');
    return { cwd, other, index };
  };

  it('search --index without --content reads the index built from another folder, not a rebuild from ./content over it', async () => {
    const { cwd, other, index } = setUp();
    expect((await runMain(['build', '--content', other, '--out', index], cwd)).code).to.equal(0);
    const built = readBuildInfo(index)!;
    expect(built.contentDir).to.equal(other);
    const r = await runMain(['search', 'withdrawal limit', '--index', index, '--json'], cwd);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.not.match(/rebuilt/);
    expect(readBuildInfo(index)).to.deep.equal(built);
  });

  it('rebuilds it from its own folder when that changed, and from ./content only when that folder is gone or --content says so', async () => {
    const { cwd, other, index } = setUp();
    await runMain(['build', '--content', other, '--out', index], cwd);
    const first = readBuildInfo(index)!;
    appendFileSync(join(other, ARTICLE), '\nA line only the other folder has.\n');
    expect((await runMain(['search', 'withdrawal limit', '--index', index], cwd)).stderr).to.match(/index rebuilt/);
    const second = readBuildInfo(index)!;
    expect(second.contentDir).to.equal(other);
    expect(second.contentHash).to.not.equal(first.contentHash);

    expect((await runMain(['search', 'withdrawal limit', '--index', index, '--content', 'content'], cwd)).stderr).to.match(/index rebuilt/);
    expect(readBuildInfo(index)!.contentDir).to.equal(join(cwd, 'content'));

    await runMain(['build', '--content', other, '--out', index], cwd);
    rmSync(other, { recursive: true });
    expect((await runMain(['search', 'withdrawal limit', '--index', index], cwd)).stderr).to.match(/index rebuilt/);
    expect(readBuildInfo(index)!.contentDir).to.equal(join(cwd, 'content'));
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
      [['search', 'x', '--limit', 'ten', '--content', join(dir, 'none')], /^kb: --limit must be a whole number from 1 to 20, got "ten"\n\s+hint: the same limit as the HTTP API\n$/],
      [['search', 'x', '--locale', 'fr'], /^kb: query: unknown locale "fr"\n\s+hint: use one of: zh-CN, en\n$/],
      [['search', 'x', '--index', join(dir, 'none.sqlite'), '--content', join(dir, 'none')], /^kb: content: folder not found: .*none\n\s+hint: check the --content path; leave it out to use the folder the index was built from \(or \.\/content\)\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await runMain(args, ROOT);
      expect(r.code, args.join(' ')).to.equal(1);
      expect(r.stderr, args.join(' ')).to.match(message);
    }
    const noContent = await runMain(['search', 'x', '--index', join(dir, 'none.sqlite')], dir);
    expect(noContent.stderr).to.match(/^kb: index: .* does not exist and there is no content folder .*\n\s+hint: pass --content DIR or --index FILE\n$/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"query":"a","expected":["x"]}\nnot json\n');
    const r = await runMain(['eval', '--queries', bad], ROOT);
    expect(r.stderr).to.match(/^kb: eval: .*bad\.jsonl:2: invalid JSON/);
    expect(r.stderr).not.to.match(/\n\s+at /);
  });

  describe('bad input: one line with a hint, exit 1, and JSON under --json', () => {
    /** A project whose default index is built, so a wrong option cannot hide behind it. */
    let built: string;
    before(async () => {
      built = tempDir('kb-cli-built-');
      cpSync(join(FIXTURES, 'content-min'), join(built, 'content'), { recursive: true });
      expect((await runMain(['build'], built)).code).to.equal(0);
    });
    // GBK bytes of "customer: 我的钱少了" and of a query "我的钱少了": not valid UTF-8.
    const gbk = Buffer.from('ced2b5c4c7aec9d9c1cb', 'hex');
    const cases: Array<{ name: string; args: (dir: string) => string[]; line: (dir: string) => string; hint: string; code: string }> = [
      {
        name: 'search --content naming a folder that does not exist',
        args: () => ['search', 'fee', '--content', '/nonexistent'],
        line: () => 'kb: content: folder not found: /nonexistent',
        hint: 'check the --content path; leave it out to use the folder the index was built from (or ./content)',
        code: 'content.not-found',
      },
      {
        name: 'search --index in a folder that does not exist',
        args: (dir) => ['search', 'fee', '--index', join(dir, 'nonexistent', 'x.sqlite')],
        line: (dir) => `kb: index: folder not found: ${join(dir, 'nonexistent')} (for --index ${join(dir, 'nonexistent', 'x.sqlite')})`,
        hint: 'create the folder first, or leave --index out to use .kb/kb.sqlite',
        code: 'index.folder-not-found',
      },
      {
        name: 'search --category that does not exist',
        args: () => ['search', 'fee', '--category', 'nope'],
        line: () => 'kb: query: unknown category "nope"',
        hint: 'use one of: fees, kyc',
        code: 'query.unknown-category',
      },
      {
        name: 'search --limit over the one limit',
        args: () => ['search', 'fee', '--limit', '21'],
        line: () => 'kb: --limit must be a whole number from 1 to 20, got "21"',
        hint: 'the same limit as the HTTP API',
        code: 'cli.bad-limit',
      },
      {
        name: 'assist with a GBK transcript',
        args: (dir) => {
          writeFileSync(join(dir, 'call.txt'), Buffer.concat([Buffer.from('customer: '), gbk, Buffer.from('\n')]));
          return ['assist', '--transcript', join(dir, 'call.txt')];
        },
        line: (dir) => `kb: assist: ${join(dir, 'call.txt')}: file is not valid UTF-8`,
        hint: 're-save it as UTF-8 (GBK/Big5 are not supported)',
        code: 'assist.unreadable',
      },
      {
        name: 'eval with a GBK query set',
        args: (dir) => {
          writeFileSync(join(dir, 'set.jsonl'), Buffer.concat([Buffer.from('{"query": "'), gbk, Buffer.from('", "expected": ["fees-short"]}\n')]));
          return ['eval', '--queries', join(dir, 'set.jsonl')];
        },
        line: (dir) => `kb: eval: ${join(dir, 'set.jsonl')}: file is not valid UTF-8`,
        hint: 're-save it as UTF-8 (GBK/Big5 are not supported)',
        code: 'eval.unreadable',
      },
      {
        name: 'build --out under a regular file',
        args: (dir) => {
          writeFileSync(join(dir, 'somefile'), 'not a folder');
          return ['build', '--out', 'somefile/x.sqlite'];
        },
        line: (dir) => `kb: index: cannot write ${join(dir, 'somefile', 'x.sqlite')}: ${join(dir, 'somefile')} is a file, not a folder`,
        hint: 'choose another path for the index (--out / --index)',
        code: 'index.write-failed',
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const dir = tempDir('kb-cli-bad-');
        cpSync(built, dir, { recursive: true });
        const plain = await runMain(c.args(dir), dir);
        expect(plain.code, plain.stderr).to.equal(1);
        expect(plain.stdout).to.equal('');
        expect(plain.stderr).to.equal(`${c.line(dir)}\n    hint: ${c.hint}\n`);
        const json = await runMain([...c.args(dir), '--json'], dir);
        expect(json.code).to.equal(1);
        expect(JSON.parse(json.stdout)).to.deep.equal({ error: { code: c.code, message: c.line(dir).replace(/^kb: /, ''), hint: c.hint } });
      });
    }

    it('search --index in a folder that does not exist creates nothing', async () => {
      const dir = tempDir('kb-cli-bad-');
      await runMain(['search', 'fee', '--index', join(dir, 'nonexistent', 'x.sqlite'), '--content', join(built, 'content')], ROOT);
      expect(existsSync(join(dir, 'nonexistent'))).to.equal(false);
    });

    it('build --json prints the diagnostics as JSON when the build fails', async () => {
      const dir = tempDir('kb-cli-bad-');
      cpSync(join(FIXTURES, 'content-min'), join(dir, 'content'), { recursive: true });
      cpSync(join(FIXTURES, 'bad-content', 'invalid-date'), join(dir, 'content'), { recursive: true });
      const r = await runMain(['build', '--json'], dir);
      expect(r.code).to.equal(1);
      const out = JSON.parse(r.stdout);
      expect(out.error).to.deep.equal({ code: 'content.invalid', message: 'content: 1 error(s) in 1 file(s)' });
      expect(out.diagnostics).to.deep.include({ severity: 'error', code: 'front-matter.invalid-field', file: 'fees/fees-dated.en.md', line: 8, field: 'reviewed', message: '"reviewed" must be a real date written YYYY-MM-DD, e.g. 2026-10-12' });
    });

    it('an unknown option under --json is JSON too', async () => {
      const r = await runMain(['search', 'fee', '--json', '--colour'], ROOT);
      expect(r.code).to.equal(1);
      expect(JSON.parse(r.stdout)).to.deep.equal({ error: { code: 'commander.unknownOption', message: "unknown option '--colour'" } });
    });
  });

  it('rejects an unknown command with the usage hint', async () => {
    const r = await runMain(['serach', 'x'], ROOT);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/unknown command 'serach'/);
  });
});
