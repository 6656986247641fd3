import { wordReplacer, type WordMap } from './wordReplacer.js';

/**
 * 点 opening a Cantonese question (点解 why, 点算 what now, 点样 how), followed by `rest`; not
 * after a number or 有, where 点 is o'clock or a bit: 九点解冻, 五点算今天吗, 一点样品 are Mandarin.
 */
function questionDian(rest: string): RegExp {
  return new RegExp(`(?<![\\d一二三四五六七八九十两半几有])点${rest}`, 'g');
}

/**
 * Written Cantonese → Mandarin, on Simplified text (after OpenCC). Hong Kong and Guangdong
 * customers type as they speak: 點解收到嘅錢少咗 is 为什么收到的钱少了. OpenCC converts the
 * script, not the words, so 嘅, 咗, 唔, 冇 reached the index as words no article has: they
 * matched nothing, split the query's bigrams, and counted as informative words the top
 * hit lacked, so a right answer looked unsure. Mapped to their Mandarin words, they become
 * the stop words and topic words the content is written in.
 *
 * Only words that are Cantonese wherever they appear are mapped: 系 (是 in Cantonese, but
 * 系统, 关系 in Mandarin) only in 系唔系 / 系咪, 呢 (这) only before a measure word, 仲 (还)
 * not in 仲裁 (arbitration), 户口 (account) not in 户口本 (household register).
 */
const WORDS: WordMap = [
  // Questions and frames first: they hold characters mapped one by one below.
  [/系唔系|系咪|是咪/g, '是不是'],
  [/使唔使|洗唔洗/g, '要不要'],
  [questionDian('解(?![冻除决释押锁封])'), '为什么'],
  [/做咩|做乜/g, '为什么'],
  [questionDian('算'), '怎么办'],
  [questionDian('计'), '怎么算'],
  [questionDian('样(?![品本])'), '怎么'],
  // 點查 (how do I check) is no Mandarin word: the speller took it for 点差, the FX spread.
  [questionDian('(?=查|搞|做|办|处理|申请|填)'), '怎么'],
  [/乜嘢|乜野|咩嘢|咩野/g, '什么'],
  [/几多/g, '多少'],
  [/几时/g, '什么时候'],
  [/几耐/g, '多久'],
  // Not 处理 (處理), 处置, 处罚: 我們這邊處理不了 is Mandarin's "we cannot handle it here". Nor 这边到账
  // or 那边到了 (呢边 in Cantonese, 格边 in Wu): a side then 到, as Mandarin says where money arrived.
  [/边度|(?<![这那哪呢格旁一两左右身手海河江路周里外前后东南西北上下])边到(?![账帐])|边处(?![理置罚])/g, '哪里'],
  // 邊個 before a verb is "who", not "which": 邊個俾 (who pays) asked which charge code to pick (谁出钱).
  [/边个[俾畀]/g, '谁付'],
  [/边个(?=[付出负揾])/g, '谁'],
  [/(?<![这那旁左右东南西北外里上下身两一半周])边(?=[个间位笔单张条次])/g, '哪'],
  // 邊 ending a clause after going or being is "where": 啲錢會去邊 (where does the money go), 你哋喺邊.
  [/(?<=[去在了咗喺])边(?=$|[,，。?？!！\s])/g, '哪里'],
  [/呢(?=[个啲度笔单张条次排])/g, '这'],
  [/而家|宜家/g, '现在'],
  // 聽電話 is answering the phone (接电话): 仲有冇人聽電話 (anyone still answering?) asked for service hours.
  [/听电话/g, '接电话'],
  [/头先/g, '刚才'],
  [/今朝/g, '今天早上'],
  // 今日 is today, in Cantonese and written Mandarin alike (今日美金兑人仔几多: today's rate); the content says 今天.
  [/今日/g, '今天'],
  [/朝早/g, '早上'],
  [/琴晚|寻晚/g, '昨晚'],
  [/[攞拿]([得唔不]?)返(?:转头)?/g, '拿$1回'],
  // 返 after a verb of getting back is 回 (追返 追回, 退返 退回, 追得返 追得回); not in 返回, 返还 or 返工 (redo work).
  [/([追退找收要])([得唔不咗]?)返(?![回还工程])/g, '$1$2回'],
  // 返 before a place is going back there: 攞錢返內地 (money back to the mainland), 寄返香港.
  [/返(?=内地|大陆|国内|香港|屋企)/g, '回'],
  // 彈返 is bounced back: 筆錢彈返畀買家 (the money went back to the buyer).
  [/弹返/g, '退回'],
  // 返工 after an hour is going to work: 幾點返工 asked for the service hours.
  [/(?<=点|时候)[返开]工/g, '上班'],
  // 唔記得 is forgetting (我唔記得密碼 忘记密码); Mandarin's 不记得 says the same.
  [/[唔不]记得/g, '忘记'],
  // 影相 is taking a photo (認證影相一直唔得); 短訊 a text message; 撳 pressing (撳條連結 点击链接).
  [/影相/g, '拍照'],
  [/短讯/g, '短信'],
  [/[撳揿]/g, '点击'],
  [/净系|净是/g, '只是'],
  // 人仔 is the renminbi (美金兑人仔几多: the day's rate), not a figurine (公仔).
  [/人仔/g, '人民币'],
  [/串错/g, '拼错'],
  [/琴日|寻日|噚日/g, '昨天'],
  [/听日/g, '明天'],
  [/啱啱/g, '刚刚'],
  [/唔该/g, '谢谢'],
  [/过咗数/g, '转账了'],
  [/入咗数/g, '入账了'],
  // Not in 超过数额, 输入数字.
  [/(?<![超越通经度])过数(?![额量字目据值])/g, '转账'],
  [/(?<![输录导加])入数(?![额量字目据值])/g, '入账'],
  [/户口(?![本簿所])/g, '账户'],
  [/咁样/g, '这样'],
  [/仲(?![裁介秋夏春冬])/g, '还'],
  // 系 is 是 after a subject or adverb (我系, 都系), not in 系统, 关系.
  [/(?<=[我你他她佢们哋都就也仲])系(?![统列数谱])/g, '是'],
  // 蚊 after a figure is the dollar (少咗25蚊 少了25块); 緊 after a verb of handling is "in
  // progress" (審核緊 审核中), not 紧 (tight).
  [/(?<=[\d一二三四五六七八九十百千万两几]\s?)蚊/g, '块'],
  [/(?<=审核|审批|处理|核实|办理|查)紧/g, '中'],
  // Single characters no Mandarin word holds.
  [/冇/g, '没有'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/唔/g, '不'],
  [/哋/g, '们'],
  [/佢/g, '他'],
  // 個客 is the customer (畀個客, 個客話佢俾咗錢); not 个客户, 个客服, 个客人 or 客气, 客观.
  [/个客(?![户人服气厅车房栈商套串源观体家运])/g, '个客户'],
  // 覆 before whom is replying (幾時覆我: when will you reply); not 颠覆, 反覆, 答覆.
  [/(?<![颠反倾翻覆答批回往])覆(?=[我你他佢们哋返])/g, '回复'],
  // 身份證相 is the ID card's photo (相 a photo, as in 影相); not 认证相关, 保证相同.
  [/(?<=身份证|证件|护照|执照)相(?![关同似比应对互符])片?/g, '照片'],
  // 話 after a speaker is "says" (買家話俾咗錢: the buyer says he paid); not 话费 (phone bill), 话题.
  [/(?<=买家|客户|客人|卖家|他|她|我|你|们|银行|对方|老板|供应商|工厂|财务|人家|短信|邮件|系统|网站|上面)话(?![费题筒术])/g, '说'],
  // 俾人 before a verb of harm is the passive 被 (俾人拒咗 被拒了, 俾人呃 被骗); elsewhere 俾 gives (發俾客 发给客).
  [/[俾畀]人?呃/g, '被骗'],
  [/[俾畀]人?(?=[拒封冻骗盗驳黑])/g, '被'],
  // 俾人退 is being sent back (啲錢俾人退返: the money was returned); 俾個客退款 gives a refund.
  [/[俾畀]人(?=退)/g, '被'],
  [/[俾畀]/g, '给'],
  [/喺/g, '在'],
  [/嚟/g, '来'],
  [/睇/g, '看'],
  [/攞/g, '拿'],
  [/[揾搵]/g, '找'],
  [/嘢/g, '东西'],
  [/[乜咩]/g, '什么'],
  [/咁/g, '这么'],
  [/嗰/g, '那'],
  [/啱/g, '对'],
  // "Some / a bit" and sentence-final particles: nothing to map them to.
  [/[啲㗎喎囉嘞啩噃吖]|喇(?!叭)/g, ''],
];

export const cantoneseToMandarin = wordReplacer(WORDS);
