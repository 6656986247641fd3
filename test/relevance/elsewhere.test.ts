import { expect } from 'chai';
import { search } from '../../src/query/search.js';
import { Elsewhere } from '../../src/relevance/elsewhere.js';
import type { CompiledArticle } from '../../src/types.js';
import { twoArticles } from '../support/minContent.js';
import { sampleKb } from '../support/sampleKb.js';

const NEAR_MISS = 'why is less money in my paypal balance';
const RIGHT = ['中转行扣费', '到账少了', 'why did less money arrive', 'intermediary bank fee'];

describe('institutions that are not ours (out-of-scope.yaml, elsewhere)', () => {
  it('lowers the confidence of a hit when the query names one the article does not, and of no other hit', () => {
    const without = twoArticles();
    const kb = twoArticles('elsewhere:\n  - PayPal\n  - 支付宝\n');
    const before = search(without, NEAR_MISS, { cache: false });
    const after = search(kb, NEAR_MISS, { cache: false });
    expect(before.confident, 'without the list: shares the article\'s words').to.equal(true);
    expect(after.hits[0]?.id, 'the candidates are still listed').to.equal(before.hits[0]?.id);
    expect(after.confident, `${after.hits[0]?.confidence}`).to.equal(false);
    for (const query of RIGHT) {
      expect(search(kb, query, { cache: false }).hits[0]?.confidence, query).to.equal(search(without, query, { cache: false }).hits[0]?.confidence);
    }
  });

  it('names a product only by all its words, and spares an article that names it itself', () => {
    const { kb } = sampleKb();
    const elsewhere = new Elsewhere(['QQ邮箱', 'PayPal'], kb.analyzer);
    const names = (q: string) => elsewhere.named(kb.analyzer.analyzeQuery(q)).length;
    expect(names('QQ邮箱被盗了怎么找回')).to.equal(1);
    expect(names('邮箱被盗了')).to.equal(0);
    expect(names('paypal withdrawal limit per day')).to.equal(1);
    const article = (questions: string[]) => ({ title: 'Limits', questions, tags: [] }) as unknown as CompiledArticle;
    const named = elsewhere.named(kb.analyzer.analyzeQuery('paypal withdrawal limit'));
    expect(Elsewhere.signal(named, article(['what is the withdrawal limit']))).to.equal(1);
    expect(Elsewhere.signal(named, article(['is your limit higher than PayPal\'s?']))).to.equal(0);
    expect(Elsewhere.signal([], article([]))).to.equal(0);
  });

  it('answers the sample content\'s near misses about other apps and offices without confidence', () => {
    const { kb } = sampleKb();
    for (const query of ['PayPal的钱提到国内卡一次最多多少', 'QQ邮箱被盗了 腾讯那边怎么申诉找回', '个体户执照去市场监管局怎么申请']) {
      const r = search(kb, query, { cache: false });
      expect(r.confident, `${query}: ${r.hits[0]?.id} ${r.hits[0]?.confidence}`).to.equal(false);
    }
  });
});
