import { expect } from 'chai';
import { agentDeclined } from '../../src/assist/agentDeclined.js';
import { assist } from '../../src/assist/assist.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
import type { Turn } from '../../src/assist/transcript.js';
import { rankQuery } from '../../src/query/search.js';
import { CALL_CALIBRATION, QUERY_CALIBRATION } from '../../src/relevance/confidence.js';
import { ourNamesPattern } from '../../src/relevance/ourNames.js';
import { TRANSCRIPT_FUSION_WEIGHTS } from '../../src/relevance/relevanceModel.js';
import { sampleKb } from '../support/sampleKb.js';

/** The sample content's names for us (content/out-of-scope.yaml, `ours`). */
const OURS = ourNamesPattern(['鲸帆', 'Whale Sail']);

const saidByAgent = (text: string): Turn[] => [
  { speaker: 'customer', text: '你好 我想问个事' },
  { speaker: 'agent', text },
  { speaker: 'customer', text: '好吧 谢谢' },
];

describe('agentDeclined()', () => {
  it('is 1 when the agent says the request is not the provider’s to handle, in Chinese (also traditional) or English', () => {
    for (const text of [
      '不好意思 报关单的修改是在海关办理的 我们这边处理不了',
      '這不是我們的業務',
      '我們這邊處理不了',
      '出口退税是税务局办的 我们没办法帮您查',
      '我们这边不提供订舱和海运服务',
      '很抱歉，信用证业务和押汇融资我们都不提供',
      '您可能打错电话了 我们不是快递公司',
      'I’m afraid we can’t help with that, it is outside what we do',
      "We don't offer loans or credit cards.",
      "you'd need to contact Amazon Seller Central for the appeal",
      '退税是税务局办的 我们不经手 这个我们帮不上',
      '平台是否放款是亚马逊决定的 我们没办法介入',
      '店铺的资金冻结是亚马逊按它的规则处理的 我们没办法干预',
      '阿姨 我们这里是鲸帆 不是工商银行',
      '您好 我们这里是鲸帆跨境收付款的客服 不是物流公司',
      '货物的物流我们这边查不到 我们只处理收款付款',
      '核实了 我们这边没有保险产品 买家不付款这种也没有赔付的',
      "we're not able to contact your bank on your behalf",
      "I'm afraid that's a tax question we can't advise on",
      '个人汇款我哋办唔到，唔好意思帮唔到你',
      '平台内部的资金我们没有权限处理',
      '好的，不好意思没能帮上忙，再见',
      '鲸帆目前提供的是跨境收款 结汇提现和对外付款 不提供贷款 保理这类融资业务',
      '信用卡和融资我们都没有 建议您咨询开户银行',
      '财务软件的设置我们这边没法指导',
      // We by our name (blind86: a caller who mistook a brokerage app for us).
      '哦 那个应该是证券公司的股票账户 我们鲸帆不做证券账户 也不做个人投资的业务',
      '抱歉 鯨帆不提供保險產品',
      "I'm sorry sir WhaleSail does not provide loans or credit",
      // What we do, then what we do not (blind112: a caller looking for a freight company of a similar name).
      '不好意思 我们是做跨境收款付款的 不做货运和物流',
      // A sales call turned away (fourteen out-of-scope calls of the fixtures were confident about our contact details).
      '不好意思 这个热线不受理商务合作 您可以通过公司官网上的邮箱联系',
      '抱歉，客服热线没法转接市场部，合作的事可以发邮件到官网',
      '抱歉 内部联系方式不能提供 商务合作可以通过官网的合作邮箱联系',
      "Sorry, this line is only for customers' account questions; business partnerships go through our website",
      // What the line is for (a job seeker), and a trade dispute we take no side in.
      '谢谢您对我们的关注 不过这条是客户服务热线 招聘的事我这边没法登记',
      "I understand the frustration but we can't hold or return a payment because of a dispute about the goods",
      "we don't arbitrate trade disputes, that is between you and the supplier",
    ]) {
      expect(agentDeclined(saidByAgent(text), OURS), text).to.equal(1);
    }
  });

  it('is 0 for what agents say while helping, and for a customer who says it', () => {
    for (const text of ['我这边看到账户目前是受限状态', 'I don’t see it yet, ask the buyer for the SWIFT copy', '好的 我帮您查一下 两个工作日内回复', '我们都没有看到这笔款的记录 请买家提供水单', '这个不提供也可以 有合同就行', '鲸帆收款后 我们会在一个工作日内处理', 'WhaleSail does not charge for receiving SEPA payments', '我们是做了核实的 不做处理的话款会退回', '客服热线的服务时间是工作日九点到六点', '客服这边会在两个工作日内回复您']) {
      expect(agentDeclined(saidByAgent(text), OURS), text).to.equal(0);
    }
    expect(agentDeclined([{ speaker: 'customer', text: '你们处理不了吗 我们这边不提供发票' }], OURS)).to.equal(0);
  });

  it('knows us by the names the content gives (out-of-scope.yaml, `ours`), and by no name when it gives none', () => {
    const byName = ['我们鲸帆不做证券账户', "I'm sorry sir WhaleSail does not provide loans or credit"];
    const acme = ourNamesPattern(['Acme Pay', '极米支付']);
    for (const text of byName) expect(agentDeclined(saidByAgent(text), acme), text).to.equal(0);
    for (const text of ['抱歉 極米支付不提供保險產品', 'acmepay does not offer credit cards', 'Acme Pay cannot handle tax refunds']) {
      expect(agentDeclined(saidByAgent(text), acme), text).to.equal(1);
    }
    for (const text of byName) expect(agentDeclined(saidByAgent(text), ourNamesPattern([])), text).to.equal(0);
    // Without a name, "we" still declines.
    expect(agentDeclined(saidByAgent('我们这边不提供贷款'), ourNamesPattern([]))).to.equal(1);
  });

  it('weighs against a call’s confidence only (typed queries have no agent)', () => {
    expect(CALL_CALIBRATION.weights.declined).to.be.below(0);
    expect(QUERY_CALIBRATION.weights.declined).to.equal(0);
  });

  it('lowers the confidence of the same call when the agent declines, and can make it not confident', () => {
    const { kb } = sampleKb();
    // A caller asking about a parcel tracked by a courier: the words (到, 查, 单号) are the content's too.
    const call = (agent: string): Turn[] => [
      { speaker: 'agent', text: '您好 鲸帆客服 请问有什么可以帮您' },
      { speaker: 'customer', text: '你好 我寄给国外客户的样品 快递单号查不到了 三天都没更新' },
      { speaker: 'agent', text: agent },
      { speaker: 'customer', text: '那我这个包裹到底到哪了 客户一直催我' },
      { speaker: 'customer', text: '好吧 那我去问问' },
    ];
    const helped = assist(kb, call('您别着急 我这边帮您看一下'));
    const declined = assist(kb, call('不好意思 快递的物流我们这边查不到也处理不了 需要联系快递公司'));
    expect(declined.hits[0]!.confidence).to.be.below(helped.hits[0]!.confidence);
    expect(declined.confident).to.equal(false);
    // The signal itself: the same derived query ranked with and without it.
    const derived = deriveQuery(kb.analyzer, call('不好意思 快递的物流我们这边查不到也处理不了 需要联系快递公司'));
    const opts = { scope: 'agent' as const, locale: 'zh-CN' as const, limit: 5, fusion: TRANSCRIPT_FUSION_WEIGHTS, calibration: CALL_CALIBRATION, coordination: 0 };
    const without = rankQuery(kb, derived.analysis, { ...opts, call: { turn: 0, declined: 0 } });
    const withIt = rankQuery(kb, derived.analysis, { ...opts, call: { turn: 0, declined: 1 } });
    expect(withIt.hits.map((h) => h.id)).to.deep.equal(without.hits.map((h) => h.id));
    expect(withIt.hits[0]!.confidence).to.be.below(without.hits[0]!.confidence);
  });
});
