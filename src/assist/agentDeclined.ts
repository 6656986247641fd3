import { normalize } from '../analysis/normalize.js';
import { perOurNames } from '../relevance/ourNames.js';
import type { Turn } from './transcript.js';

/**
 * How an agent says that what the caller wants is not the provider's to do: not our
 * business (不是我们的业务, 我们这边不处理, 我们只处理收款付款, 没有保险产品), beyond us
 * (处理不了, 没法帮您, 没办法干预, Cantonese 帮唔到, 没有权限处理), a wrong number, or
 * in English "we can't handle", "you'd need to contact"; we by our name too (我们鲸帆不做证券账户,
 * "WhaleSail does not provide loans": six declines of out-of-scope calls the patterns missed, no
 * in-domain call's). A caller who asks about another
 * company's product, a tax office's refund or a parcel shares words with the content turn
 * by turn; the agent's answer is what says the call is out of scope. Agents also refuse
 * within the content ("我们不提供远期锁汇", a no the FX article gives), so this is one
 * signal of the call calibration, weighed by its fit, not a rule.
 */
const declinesOf = perOurNames((ours) => [
  /不是我们(?:的|这边的?|公司的?)?(?:业务|服务|产品)|(?:不在|不属于)我们(?:的|这边的?)?(?:服务|业务)/,
  new RegExp(String.raw`(?:我们(?:这边|这里|公司|平台)?(?:${ours})?|${ours})(?:这边|这里|公司|平台)?(?:都|也|均)?(?:没有|不|并不|暂不|目前不|暂时不)(?:提供|办理|做|支持|处理|受理|经营|负责|涉及)`),
  // What we do instead (我们只处理收款付款), and a product we have none of (我们这边没有保险产品, 没有这项业务).
  /我们(?:这边|这里)?只(?:处理|做|负责|办理|管)|我们(?:这边|这里)?(?:都|也)?没有[^,，。\s]{0,4}(?:产品|业务)/,
  // A clause of its own after what we do (目前提供的是跨境收款 … 不提供贷款), and "… we have none of" (信用卡和融资我们都没有).
  /(?:^|[\s,，。、])(?:目前|暂时|暂|也|都|并)?不(?:提供|办理)|我们(?:这边|这里)?(?:都|也)没有(?=\s|$|[,，。.!！])/,
  /(?:处理|办|帮|管)不了|(?:帮|办)不到|(?:帮|帮忙)不上|没(?:能)?帮上|没有权限|不经手|没(?:有)?(?:办法|法)(?:帮|处理|办|协助|介入|干预|代办|给您建议|指导)/,
  // Who we are not: 我们这里是鲸帆 不是工商银行, 不是我们这里 (a pension office, a courier).
  /(?:打|拨)错(?:了|电话)|我们(?:并)?不是\S{0,8}(?:公司|银行|平台|机构)|我们(?:这里|这边)?是[^,，。\s]{1,12}\s?[,，]?\s?不是|不是我们这里/,
  // What we do and what we do not: 我们是做跨境收款付款的 不做货运和物流.
  /我们(?:这里|这边)?是做(?!了)[^,，。\s]{1,12}的\s?[,，]?\s?(?:不做|不管|不负责)/,
  // A sales call turned away: the line is for customers' accounts (客服热线只处理客户的账户问题, 这个热线不受理商务合作,
  // "this line is only for customer accounts"), partnerships go through the website (商务合作请通过官网的合作邮箱).
  /(?:热线|客服|这条线|工作线路)(?:这边|这里)?(?:只|不|没办法|没法|无法|不能)(?:处理|受理|负责|对接|转接)|商务合作|这(?:条|个)(?:是|电话是)?(?:客户服务|客服)(?:热线|电话)/,
  /\b(?:this|the) (?:line|hotline|number) is (?:only )?for\b|\bbusiness (?:partnerships?|cooperation|proposals?)\b/,
  /\b(?:we|i)\s?(?:can[’']?t|cannot|can not|are not able to|aren[’']?t able to|[’']re unable to|are unable to|don[’']?t|do not)\s(?:help with|handle|offer|provide|support|assist with|deal with|advise|intervene|arbitrate|hold or return|freeze or return)\b/,
  /\b(?:we|i)\s?(?:[’']re|are) (?:not able|unable) to (?:contact|help|handle|access|advise)\b/,
  new RegExp(String.raw`(?:${ours}) (?:does not|doesn[’']?t|cannot|can[’']?t|is not able to) (?:offer|provide|handle|support|help with)\b`),
  /\boutside (?:of )?(?:what we|our)\b|\bnot (?:something|a service|a product) (?:we|that we)\b|\byou[’']?d (?:need|have) to (?:contact|go through|call|reach)\b|\bwrong number\b/,
]);

/**
 * 1 when an agent turn declines what was asked (see declinesOf), else 0: the `declined` signal
 * of the turns a call's query reads. `ourNames`: the content's names for us (ourNamesPattern).
 */
export function agentDeclined(turns: readonly Turn[], ourNames: string): number {
  const declines = declinesOf(ourNames);
  for (const turn of turns) {
    if (turn.speaker !== 'agent') continue;
    const text = normalize(turn.text).toLowerCase();
    if (declines.some((p) => p.test(text))) return 1;
  }
  return 0;
}
