import type { FeedbackReason } from '../events/event.js';

/**
 * What the synthetic traffic of `kb demo-events` is made of, beyond the articles' own
 * similar questions: topics the sample content does not cover (content gaps), articles
 * agents find unhelpful and why, and a topic that grows in the last weeks.
 */

/** Questions customers ask that no sample article answers, a few wordings each. */
export const GAP_TOPICS: string[][] = [
  ['能收USDT吗', '可以用USDT收款吗', '买家想用USDT付款怎么收', 'can I receive USDT'],
  ['PayPal的钱能提到鲸帆吗', 'PayPal余额怎么转到鲸帆', 'paypal提现到鲸帆账户'],
  ['能帮我开美国公司吗', '注册美国公司你们能办吗', '可以代办香港公司注册吗'],
  ['亚马逊回款怎么还没到', '亚马逊的钱什么时候到账', '亚马逊回款延迟了'],
  ['can I get a debit card', 'do you issue corporate cards', 'is there a WhaleSail card'],
  ['退税怎么办理', '出口退税需要什么材料', '能帮忙办出口退税吗'],
];

/** Articles agents mark not helpful, with the reasons and (masked) comments they give. */
export const UNHELPFUL: Record<string, { share: number; reasons: FeedbackReason[]; comments: string[] }> = {
  'fees-fx-rate': { share: 0.55, reasons: ['outdated', 'outdated', 'incomplete'], comments: ['汇率加点已经调整了，文章还是旧的', '没有说周末的汇率怎么算'] },
  'kyc-review-time': { share: 0.45, reasons: ['incomplete', 'unclear'], comments: ['客户问加急审核，文章没写能不能加急', 'the SLA for offshore companies is missing'] },
  'withdraw-failed': { share: 0.35, reasons: ['wrong', 'not-what-i-searched'], comments: ['退票原因代码跟银行给的对不上'] },
};

/** Articles asked about more and more over the last 30 days (a complaint wave the owning team should see). */
export const RISING = ['fees-intermediary-deduction', 'receive-mt103-trace'];

/**
 * Colloquial wordings the articles do not have yet: the engine ranks the right article
 * lower, the agent finds and copies it anyway. What `kb learn` proposes from a demo.
 */
export const MISSED_WORDINGS: Array<[query: string, articleId: string]> = [
  ['货款被吃掉一截', 'fees-intermediary-deduction'],
  ['开户卡在审核那一步', 'kyc-review-time'],
  ['账号被封了钱取不出来', 'security-account-frozen'],
  ['my account got locked', 'security-account-frozen'],
  ['how much can I cash out per day', 'withdraw-limits'],
];

/** Share of searches by kind. */
export const MIX = { gap: 0.14, missed: 0.05, abandoned: 0.08, publicScope: 0.22, copy: 0.5, feedback: 0.2 };

export const AGENTS = ['team-a', 'team-b', 'night-shift'];
