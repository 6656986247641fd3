import { wordReplacer, type WordMap } from './wordReplacer.js';

/**
 * Words with a second, everyday sense that out-of-scope.yaml names as a product elsewhere.
 * 保险 is insurance, and also "safe" (几号之前提现比较保险: by what date is it safe to
 * withdraw; 保险起见: to be safe), which named insurance and made the right answer about
 * withdrawal times unsure (blind143, blind171, written blind). Read as 稳妥 (safe) after a
 * degree word or before 起见, unless a word of insurance follows (更保险公司, 最保险费).
 * 微信 is WeChat's own products (微信支付被限制, 微信号被盗: asked of WeChat), and also the
 * way a stranger reached the customer: 有人自称客服加我微信要验证码 is our phishing article's
 * 加我好友 (five writers of blind sets on their own), which named WeChat and made it unsure.
 * Read as 好友 (a contact) where someone added the customer (加我微信, 加了我们微信).
 */
const WORDS: WordMap = [
  [/(?<=比较|更加|更|最|挺|很|蛮|还是|才|不太|不够|不)保险(?![费公单箱柜丝杠金业理额期种条合险])/g, '稳妥'],
  [/保险起见/g, '稳妥起见'],
  // Cantonese 我哋 is 我们 by now (cantonese.ts runs first).
  [/(加了?(?:我|我们)的?)微信(?:好友)?/g, '$1好友'],
];

export const everydaySenses = wordReplacer(WORDS);
