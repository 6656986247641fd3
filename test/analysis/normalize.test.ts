import { expect } from 'chai';
import * as OpenCC from 'opencc-js/t2cn';
import { HAN_RANGE, normalize } from '../../src/analysis/normalize.js';

/** Every source phrase of an OpenCC dictionary (the strings "from to|from to", or [from, to] pairs) under `d`. */
function sourcePhrases(d: unknown, out: string[] = []): string[] {
  if (typeof d === 'string') for (const entry of d.split('|')) out.push(entry.split(' ')[0]!);
  else if (Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string' && !/[ |]/.test(d[0])) out.push(d[0]);
  else if (d && typeof d === 'object') for (const v of Object.values(d)) sourcePhrases(v, out);
  return out;
}

describe('normalize() without Chinese characters', () => {
  it('skips OpenCC only where it could not change anything: every phrase it converts holds a character in HAN_RANGE', () => {
    const phrases = sourcePhrases((OpenCC as unknown as { Locale: unknown }).Locale);
    expect(phrases.length).to.be.above(30000);
    expect(phrases.filter((p) => !HAN_RANGE.test(p))).to.deep.equal([]);
  });

  it('still folds shorthand, thousands separators and full-width forms', () => {
    expect(normalize('ＡＣＣＴ 10,000 pmt, MT-103')).to.equal('account 10000 payment, MT103');
    expect(normalize('fee to my ICBC acc? rcv fee b4 tmr, msg me abt it')).to.equal('fee to my ICBC account? receive fee before tomorrow, message me about it');
  });

  it('reads money cut from a payment as deducted, and keeps the cut-off, a line that cuts out and a name cut short', () => {
    expect(normalize('who cut 30 dollars? whats ur cut')).to.equal('who deduct 30 dollars? whats ur deduct');
    expect(normalize('they keep cutting 20 usd, small cuts')).to.equal('they keep deducting 20 usd, small deducts');
    for (const kept of ['the cut-off time', 'cut off at 4pm', 'the cutoff', 'sorry you cut out', 'our bank cut the beneficiary name', 'cut short', 'shortcut']) expect(normalize(kept), kept).to.equal(kept);
  });

  it('reads the European words for a bank transfer in a buyer\'s English as transfer', () => {
    expect(normalize('we did the bonifico on monday')).to.equal('we did the transfer on monday');
    expect(normalize('Überweisung done, overboeking is done, we sended the przelew')).to.equal('transfer done, transfer is done, we sended the transfer');
    expect(normalize('the transference was returned')).to.equal('the transfer was returned');
    expect(normalize('bonificolo transferences')).to.equal('bonificolo transfer');
  });

  it('drops the accents of Latin letters, so an accented word stays one word, and leaves Chinese, Japanese and Korean as they are', () => {
    expect(normalize('buen día, atención al cliente, flete aéreo a Bogotá')).to.equal('buen dia, atencion al cliente, flete aereo a Bogota');
    expect(normalize('Straße, Øresund, Łódź, pingüino, nǐ hǎo')).to.equal('Strasse, Oresund, Lodz, pinguino, ni hao');
    expect(normalize('がんばって 한국어')).to.equal('がんばって 한국어');
    expect(normalize('à partir de 付款失败')).to.equal('a partir de 付款失败');
  });

  it('reads dots as thousands once a figure beside a currency, or with two dots, is so grouped', () => {
    expect(normalize('i send you 8.000 usd, your factory say receive 7.975')).to.equal('i send you 8000 usd, your factory say receive 7975');
    expect(normalize('USD 12.500 sent, 12.475 arrived')).to.equal('USD 12500 sent, 12475 arrived');
    expect(normalize('R$ 8.000 e 1.250.000')).to.equal('R$ 8000 e 1250000');
    expect(normalize('8.000美金到了7.970')).to.equal('8000美金到了7970');
    // Alone, or beside yuan, such a figure is a decimal: an exchange rate.
    for (const decimal of ['rate 7.125 today', '1 USD = 7.125 CNY', '汇率7.125', 'paid 1.5 usd']) expect(normalize(decimal)).to.equal(decimal);
  });

  it('separates a currency code typed onto its figure, and leaves other codes whole', () => {
    expect(normalize('wire short 30usd why')).to.equal('wire short 30 usd why');
    expect(normalize('received 9,975USD, fee usd25, paid 10kusd, 少了25刀 HKD100')).to.equal('received 9975 USD, fee usd 25, paid 10k usd, 少了25刀 HKD 100');
    for (const code of ['MT103 copy', 'field 71A', 'the 2nd payment', 'usdt wallet']) expect(normalize(code)).to.equal(code);
  });

  it('converts a text with one Chinese character anywhere', () => {
    expect(normalize('the account 帳 (MT 103)')).to.equal('the account 账 (MT103)');
  });
});

describe('normalize(): Traditional words the Taiwan phrase table would turn into other words', () => {
  it('simplifies 資料, 匯出, 查詢 and 即時 to the words a Simplified text writes, not to 数据, 导出, 查找, 实时', () => {
    expect(normalize('補資料')).to.equal(normalize('补资料'));
    expect(normalize('有冇英文版嘅收款資料')).to.equal('有没有英文版的收款资料');
    expect(normalize('款項已經匯出 點樣查詢')).to.equal('款项已经汇出 怎么查询');
    expect(normalize('即時到帳嗎')).to.equal('即时到账吗');
    expect(normalize('可以開通麼 軟體登入唔到')).to.equal('可以开通么 软件登录不到');
  });

  it('writes Taiwan\'s 被駭 and 駭客 (hacked, hacker) as the mainland\'s 被盗 and 黑客', () => {
    expect(normalize('我是不是被駭了')).to.equal('我是不是被盗了');
    expect(normalize('駭客登入我的帳號')).to.equal('黑客登录我的账号');
  });

  it('writes 甚麼 as 什么, the form the stop words know, and leaves 甚至 alone', () => {
    expect(normalize('開戶需要甚麼資料')).to.equal('开户需要什么资料');
    expect(normalize('為甚麼扣了手續費')).to.equal('为什么扣了手续费');
    expect(normalize('甚至沒有通知')).to.equal('甚至没有通知');
  });

  it('writes 覆核 as 复核 and chat\'s 啥时候 as 什么时候', () => {
    expect(normalize('定期覆核過咗期限')).to.equal(normalize('定期复核过了期限'));
    expect(normalize('啥时候能到')).to.equal('什么时候能到');
  });

  it('keeps Mainland country names the Taiwan phrase table would lengthen (尼日 → 尼日尔)', () => {
    for (const name of ['尼日利亚', '尼日尔', '厄瓜多尔', '塔吉克斯坦']) expect(normalize(`${name}的客户`), name).to.equal(`${name}的客户`);
    expect(normalize('尼日利亞客戶')).to.equal('尼日利亚客户');
  });
});

describe('normalize(): written Cantonese', () => {
  it('maps Cantonese words to the Mandarin the content is written in', () => {
    expect(normalize('點解收到嘅錢少咗35美金')).to.equal('为什么收到的钱少了35美金');
    expect(normalize('提現唔成功 啲錢會唔會冇咗')).to.equal('提现不成功 钱会不会没有了');
    expect(normalize('個戶口俾你哋凍結咗 點算好')).to.equal('个账户给你们冻结了 怎么办好');
    expect(normalize('買家已經過咗數')).to.equal('买家已经转账了');
    expect(normalize('認證要幾耐')).to.equal('认证要多久');
    // 點查 is no Mandarin word: the speller read it as 点差, the FX spread.
    expect(normalize('信用報告點查')).to.equal('信用报告怎么查');
    expect(normalize('呢個點申請')).to.equal('这个怎么申请');
    expect(normalize('我係鯨帆嘅客戶 仲有冇其他辦法')).to.equal('我是鲸帆的客户 还有没有其他办法');
    expect(normalize('頭先俾錯咗 仲可唔可以攞返轉頭')).to.equal('刚才给错了 还可不可以拿回');
    expect(normalize('佢將公司個名串錯咗 淨係個名唔同')).to.equal('他将公司个名拼错了 只是个名不同');
  });

  it('reads 蚊 after a figure as the dollar and 緊 after a verb of handling as in progress, not a mosquito or tight', () => {
    expect(normalize('點解少咗25蚊')).to.equal('为什么少了25块');
    expect(normalize('少咗二十五蚊')).to.equal('少了二十五块');
    expect(normalize('到賬咗審核緊')).to.equal('到账了审核中');
    expect(normalize('好多蚊')).to.equal('好多蚊');
    expect(normalize('抓緊時間')).to.equal('抓紧时间');
  });

  it('reads 聽電話 as answering the phone, 返工 after an hour as starting work and 話 after a speaker as saying', () => {
    expect(normalize('夜晚十點仲有冇人聽電話')).to.equal('夜晚十点还有没有人接电话');
    expect(normalize('你哋幾點返工')).to.equal('你们几点上班');
    expect(normalize('買家話俾咗錢 仲未收到')).to.equal('买家说给了钱 还未收到');
    expect(normalize('佢哋話')).to.equal('他们说');
    expect(normalize('我话费多扣了')).to.equal('我话费多扣了');
  });

  it('reads 返 after a verb of getting back as 回, and leaves 返回, 返还 and 返工 (redo) alone', () => {
    expect(normalize('俾錯錢畀供應商 可唔可以追返')).to.equal('给错钱给供应商 可不可以追回');
    expect(normalize('退返俾客')).to.equal('退回给客');
    expect(normalize('俾錯錢 追唔追得返')).to.equal('给错钱 追不追得回');
    expect(normalize('攞唔返')).to.equal('拿不回');
    expect(normalize('筆錢彈返畀買家')).to.equal('笔钱退回给买家');
    expect(normalize('攞錢返內地戶口要幾耐'), 'back to a place').to.equal('拿钱回内地账户要多久');
    expect(normalize('钱返回到账户')).to.equal('钱返回到账户');
    expect(normalize('货要返工')).to.equal('货要返工');
  });

  it('reads 邊個 before a verb as "who" (邊個俾 who pays), before a noun as "which"', () => {
    expect(normalize('電匯費用邊個俾')).to.equal('电汇费用谁付');
    expect(normalize('邊個負責')).to.equal('谁负责');
    expect(normalize('邊個銀行')).to.equal('哪个银行');
  });

  it('reads 邊處, and 邊 ending a clause after 去 or 喺, as "where", and leaves 處理 after 這邊 alone', () => {
    expect(normalize('水單喺邊處睇')).to.equal(normalize('水單喺邊度睇'));
    expect(normalize('我們這邊處理不了')).to.equal('我们这边处理不了');
    expect(normalize('啲錢會去邊？')).to.equal(normalize('钱会去哪里？'));
    expect(normalize('筆錢去咗邊')).to.equal('笔钱去了哪里');
    expect(normalize('你哋喺邊')).to.equal('你们在哪里');
    expect(normalize('我在这边')).to.equal('我在这边');
    // 边到 is Cantonese "where" (钱去咗边到), but 这边到账 is Mandarin: the money arrived on this side.
    expect(normalize('钱去咗边到')).to.equal('钱去了哪里');
    expect(normalize('我这边到账才11965')).to.equal('我这边到账才11965');
    expect(normalize('他那边到了吗')).to.equal('他那边到了吗');
  });

  it('reads 唔記得 as forgetting, 影相 as taking a photo, 短訊 as a text message, 撳 as pressing, 開工 after an hour as starting work', () => {
    expect(normalize('我唔記得密碼')).to.equal('我忘记密码');
    expect(normalize('認證影相一直唔得')).to.equal('认证拍照一直不得');
    expect(normalize('有個短訊話我戶口有問題，叫我撳條連結')).to.equal('有个短信说我账户有问题,叫我点击条链接');
    expect(normalize('你哋幾點開工')).to.equal('你们几点上班');
    expect(normalize('筆款退咗返去')).to.equal('笔款退了回去');
  });

  it('reads 人仔 as the renminbi and 今日 as today, and leaves 公仔', () => {
    expect(normalize('今日美金兌人仔幾多')).to.equal('今天美金兑人民币多少');
    expect(normalize('公仔')).to.equal('公仔');
  });

  it('reads 俾人 before a verb of harm as the passive, and 俾 elsewhere as giving', () => {
    expect(normalize('執照相唔清楚俾人拒咗')).to.equal('执照照片不清楚被拒了');
    expect(normalize('我俾人呃咗')).to.equal('我被骗了');
    expect(normalize('個郵箱俾人黑咗')).to.equal('个邮箱被黑了');
    expect(normalize('可以直接發俾客')).to.equal('可以直接发给客');
    expect(normalize('啲錢俾人退返')).to.equal('钱被退回');
    expect(normalize('俾個客退款')).to.equal('给个客户退款');
  });

  it('reads 個客 as the customer, 覆 before whom as replying, and 相 after an ID as its photo', () => {
    expect(normalize('個客話佢俾咗錢')).to.equal('个客户说他给了钱');
    expect(normalize('我要投訴 你哋幾時覆我')).to.equal('我要投诉 你们什么时候回复我');
    expect(normalize('身份證相上傳唔到')).to.equal('身份证照片上传不到');
    for (const mandarin of ['一个客户', '这个客服', '那个客人很客气', '颠覆你', '翻覆他', '认证相关', '保证相同']) {
      expect(normalize(mandarin), mandarin).to.equal(mandarin);
    }
  });

  it('reads 没见 (着, 到) as 没看到, and leaves 没见过 and 没见面', () => {
    expect(normalize('到现在一分没见')).to.equal('到现在一分没看到');
    expect(normalize('没见着钱 没见到钱')).to.equal('没看到钱 没看到钱');
    for (const text of ['没见过这笔', '还没见面', '没见到过']) expect(normalize(text), text).to.equal(text);
  });

  it('leaves the Mandarin words that share those characters', () => {
    for (const mandarin of ['九点解冻吗', '五点算今天吗', '寄了一点样品', '超过数额', '输入数字', '我系统登录不了', '关系', '那边个人账户', '户口本', '仲裁', '九点查一下', '点开链接']) {
      expect(normalize(mandarin)).to.equal(mandarin);
    }
  });
});

describe('normalize(): a review that failed', () => {
  it('reads 没过 after a review as 没通过 (failed), and leaves 还没过 (still pending) and other 没过', () => {
    expect(normalize('个体户认证没过 第二回了')).to.equal('个体户认证没通过 第二回了');
    expect(normalize('审核又没过 kyc没过')).to.equal('审核又没通过 kyc没通过');
    expect(normalize('认证没给过 也没说原因')).to.equal('认证没通过 也没说原因');
    for (const text of ['审核还没过', '过期了没过多久', '没过几天就到了']) expect(normalize(text), text).to.equal(text);
  });

  it('reads not letting it pass (不给过, 不让我们过) as 不通过, and leaves a transfer of title (不给过户)', () => {
    expect(normalize('你们凭啥不给过')).to.equal('你们为什么不通过');
    expect(normalize('就是不让我们过')).to.equal('就是不通过');
    expect(normalize('房子不给过户')).to.equal('房子不给过户');
  });

  it('reads documents sent back after a review (退回, 打回) as rejected (驳回), and a payment sent back as it is', () => {
    expect(normalize('認證被退回了，要怎麼重新提交？')).to.equal('认证被驳回了,要怎么重新提交?');
    expect(normalize('开户资料又给打回来了')).to.equal('开户资料又给驳回来了');
    expect(normalize('开户申请被退回了')).to.equal('开户申请被驳回了');
    for (const text of ['钱被退回了', '买家的款又被打回来了', '认证过了 但是款被退回']) expect(normalize(text), text).to.equal(text);
  });

  it('drops 就当交学费了 (a costly lesson), which pays no school fees, and keeps paying tuition', () => {
    expect(normalize('被扣的手续费还能要回来吗 还是就当交学费了')).to.equal('被扣的手续费还能要回来吗 还是 了');
    expect(normalize('算是交了学费')).to.equal(' ');
    for (const text of ['给孩子交学费', '学费怎么汇到英国']) expect(normalize(text), text).to.equal(text);
  });
});

describe('normalize(): regional Mandarin', () => {
  it('maps south-western, Henan and north-eastern words to the Mandarin the content is written in', () => {
    expect(normalize('啥子意思 咋个才能收全款')).to.equal('什么意思 怎么才能收全款');
    // 一哈 is 一下 (等一哈 was a word 一 alone, and a confident answer about frozen accounts); not before 哈密, 哈尔滨 or 哈萨克斯坦.
    expect(normalize('等一哈 我去问下老板 帮我查一哈')).to.equal('等一下 我去问下老板 帮我查一下');
    for (const text of ['有一哈密瓜的订单', '第一哈尔滨分公司', '有一哈萨克斯坦客户']) expect(normalize(text), text).to.equal(text);
    expect(normalize('莫得到账 搞不赢了 得行不')).to.equal('没有到账 来不及了 行吗');
    expect(normalize('中不中啊 贼慢 有信儿没 我晓得了 咋整')).to.equal('行不行啊 很慢 有消息没 我知道了 怎么办');
    expect(normalize('审核木有通过 到现在没看着')).to.equal('审核没有通过 到现在没看到');
    // 收不着 is 收不到 (the code never comes), as 找不着 and 查不着; 睡不着 is another 着 and stays.
    expect(normalize('找回也收不着短信 订单找不着了 晚上睡不着')).to.equal('找回也收不到短信 订单找不到了 晚上睡不着');
    expect(normalize('头晌提的 后晌能到不 俺侄子今黑就弄')).to.equal('上午提的 下午能到吗 俺侄子今晚就弄');
    expect(normalize('今儿个美元你们给多少 昨儿提的 明儿能到吗')).to.equal('今天美元你们给多少 昨天提的 明天能到吗');
    expect(normalize('发明儿童玩具 今儿子女都在')).to.equal('发明儿童玩具 今儿子女都在');
    // A complaint's why, and Wu's how much.
    expect(normalize('凭什么扣我钱 美金几钿一块')).to.equal('为什么扣我钱 美金多少钱一块');
  });

  it('maps Southern Min words (Hokkien, Teochew) to Mandarin, and keeps 伊朗 and 虚无', () => {
    expect(normalize('伊讲钱汇去了 我这边还无看着 做呢会按呢')).to.equal('他讲钱汇去了 我这边还没看到 怎么会这样');
    expect(normalize('今日下昼提个钱')).to.equal('今天下午提个钱');
    // Fuzhou's not (Eastern Min), asking at a clause's end as 不 does.
    expect(normalize('转账要伓要手续费 伓要叫我从头讲 能到伓')).to.equal('转账要不要手续费 不要叫我从头讲 能到吗');
    // Southern Wu's 弗 is 不, before a verb or closing a clause; not in 弗兰克 or 杰弗里.
    expect(normalize('美金能弗能直接付 弗想结汇 押金能退弗')).to.equal('美金能不能直接付 不想结汇 押金能退吗');
    for (const text of ['供应商叫弗兰克', '杰弗里说付了']) expect(normalize(text), text).to.equal(text);
    for (const text of ['伊朗客户付款', '虚无看着', '伊拉克']) expect(normalize(text), text).to.equal(text);
  });

  it('reads 开户行不行 as opening an account (行不行), and keeps the bank of account (开户行)', () => {
    expect(normalize('拿香港公司开户行不行')).to.equal('拿香港公司开户 行不行');
    expect(normalize('个人收款行不')).to.equal('个人收款 行吗');
    expect(normalize('开户行写错了')).to.equal('开户行写错了');
    expect(normalize('资料不交行不行')).to.equal('资料不交 行不行');
    expect(normalize('提现到交行不行')).to.equal('提现到交行不行');
  });

  it('maps Guizhou\'s and Yunnan\'s 哪样 to 什么, and Yunnan\'s 咯 asking before a verb', () => {
    expect(normalize('解冻要提供哪样资料')).to.equal('解冻要提供什么资料');
    expect(normalize('咯是你们扣掉的 咯有到账 就放在里头咯')).to.equal('是不是你们扣掉的 有没有到账 就放在里头咯');
  });

  it('maps Hunan\'s and Jiangxi\'s 么子 to 什么, and leaves 怎么 and 这么 alone', () => {
    expect(normalize('UETR是么子东西 为么子退回来')).to.equal('UETR是什么东西 为什么退回来');
    expect(normalize('怎么子 这么子')).to.equal('怎么子 这么子');
  });

  it('maps north-western words (Gansu, Qinghai) to Mandarin, and keeps 阿扎尔', () => {
    expect(normalize('阿门回事 钱到阿扎去了 没麻达吧 呢么点钱也收 嫑扣了 不得成')).to.equal(
      '怎么回事 钱到哪里去了 没问题吧 这么点钱也收 不要扣了 不行',
    );
    expect(normalize('买家叫阿扎尔')).to.equal('买家叫阿扎尔');
  });

  it('maps Wu words (Shanghai, southern Jiangsu, northern Zhejiang) to Mandarin', () => {
    expect(normalize('阿拉下半天提了一笔钞票 哪能还没到 晓得伐')).to.equal('我们下午提了一笔钱 怎么还没到 知道吗');
    expect(normalize('侬帮我看看搿笔 明朝能到伐？啥个原因')).to.equal('你帮我看看这笔 明天能到吗?什么原因');
    expect(normalize('老板刷脸老是刷勿过 讲勿是本人')).to.equal('老板刷脸老是刷不过 讲不是本人');
  });

  it('reads 不 closing a clause as the question it asks, not after 说, 就, 还 or 也', () => {
    expect(normalize('晚上有人不')).to.equal('晚上有人吗');
    expect(normalize('能收卢布不？礼拜一到不')).to.equal('能收卢布吗?礼拜一到吗');
    for (const no of ['我说不', '他就不', '钱还是不', '收不到', '好不好', '要不要']) expect(normalize(no), no).to.equal(no);
  });

  it('leaves the Mandarin words that share those characters', () => {
    for (const mandarin of ['盗贼', '整数', '中间行', '得到了', '莫斯科的买家', '红木有现货', '你看着办', '阿拉伯的买家', '阿拉斯加', '阿拉木图', '砍伐', '步伐', '请勿转发', '切勿泄露验证码', '勿忘', '减免规则勿告知客户', '坐席提示 勿外传', '勿对外']) expect(normalize(mandarin)).to.equal(mandarin);
  });
});

describe('normalize(): everyday senses of words named elsewhere', () => {
  it('reads 保险 after a degree word or before 起见 as safe (稳妥), and keeps insurance', () => {
    expect(normalize('國慶前幾號之前提現比較保險')).to.equal('国庆前几号之前提现比较稳妥');
    expect(normalize('保险起见我先问一下')).to.equal('稳妥起见我先问一下');
    expect(normalize('提现最保险的办法')).to.equal('提现最稳妥的办法');
    for (const text of ['买什么保险比较好', '还是保险公司靠谱', '出口信用保险怎么买', '最保险费低的']) expect(normalize(text), text).to.equal(text);
  });

  it('reads WeChat as a contact where someone added the customer on it (加我微信), and keeps WeChat itself', () => {
    expect(normalize('有人自称客服加我微信要验证码')).to.equal('有人自称客服加我好友要验证码');
    expect(normalize('自称经理的人加了我们微信好友')).to.equal('自称经理的人加了我们好友');
    for (const text of ['微信号被盗了', '能加你们微信吗', '微信支付被限制收款了']) expect(normalize(text), text).to.equal(text);
  });
});

describe('normalize(): speech-to-text', () => {
  it('joins Chinese written a word at a time, and leaves typed keywords and paused sentences spaced', () => {
    expect(normalize('我 今天 下午 提 了 一笔 钱 到 工商 银行 怎么 还 没 到')).to.equal('我今天下午提了一笔钱到工商银行怎么还没到');
    for (const spaced of ['东航 机票 退款 原路退回 多久', '钱到了 但是少了 二十五刀 我问了 客户说 他那边 全额付的']) expect(normalize(spaced), spaced).to.equal(spaced);
  });

  it('reads 动结 as 冻结 (frozen) where the word before took its first character (被动, 给动) or it closes a verb, and nowhere else', () => {
    expect(normalize('我的账户怎么被动结了 钱提不出来')).to.equal('我的账户怎么被冻结了 钱提不出来');
    expect(normalize('你们怎么把我账户给动结了')).to.equal('你们怎么把我账户给冻结了');
    expect(normalize('账户动结了')).to.equal('账户冻结了');
    expect(normalize('账户被动节了怎么办')).to.equal('账户被冻结了怎么办');
    for (const mandarin of ['自动结汇', '被动结构', '活动结束了', '联动结算', '自动结了', '被动语态', '劳动节了', '被动节奏', '给劳动节']) expect(normalize(mandarin), mandarin).to.equal(mandarin);
  });

  it('reads 花票 and 手续会 as 发票 and 手续费, f heard as h', () => {
    expect(normalize('你们手续费能开花票吗')).to.equal('你们手续费能开发票吗');
    expect(normalize('提现手续会多少')).to.equal('提现手续费多少');
    expect(normalize('认证被剥回了怎么办')).to.equal('认证被驳回了怎么办');
    expect(normalize('账户冻洁了，下礼拜要发工钱')).to.equal('账户冻结了,下礼拜要发工钱');
    expect(normalize('提现要手速费伐')).to.equal('提现要手续费吗');
    expect(normalize('比手速')).to.equal('比手速');
    expect(normalize('定期复合是啥')).to.equal('定期复核是啥');
    expect(normalize('复合材料')).to.equal('复合材料');
  });

  it('reads an extra zero typed in an amount, however it is said, as one phrase', () => {
    for (const said of ['多打了一个零', '多打了个0', '多输了个零', '多按了一个0', '多写个零', '多付了1个0']) expect(normalize(`给供应商${said} 能追回吗`), said).to.equal('给供应商多打了一个零 能追回吗');
    expect(normalize('多打了一个05号单'), 'a zero that starts a number').to.equal('多打了一个05号单');
    expect(normalize('多打个电话')).to.equal('多打个电话');
  });

  it('reads 中间航 and 中转航 as the bank (行, háng) speech-to-text heard, and keeps routes and flights', () => {
    expect(normalize('中间航又扣了我20刀')).to.equal('中间行又扣了我20刀');
    expect(normalize('中转航扣的钱能退吗')).to.equal('中转行扣的钱能退吗');
    for (const text of ['中间航线', '中转航班延误了']) expect(normalize(text), text).to.equal(text);
  });

  it('reads 中建行 as 中间行 (jiān heard as jiàn): China Construction Bank is 建行', () => {
    expect(normalize('中建行扣费是个啥')).to.equal('中间行扣费是个啥');
    expect(normalize('建行卡要多久')).to.equal('建行卡要多久');
  });

  it('joins speech-to-text\'s "m t 103" into MT103, as it joins "MT 103"', () => {
    expect(normalize('银行出的m t 103 上面有个号码')).to.equal('银行出的mt103 上面有个号码');
    expect(normalize('ask for the M T 202')).to.equal('ask for the MT202');
    expect(normalize('I am t 103')).to.equal('I am t 103');
  });

  it('drops "limited" where it names a kind of company (it stems to limit), and keeps the limits', () => {
    expect(normalize('I have a HK limited company')).to.equal('I have a HK company');
    expect(normalize('Foshan Hongda Co., Limited')).to.equal('Foshan Hongda Co.');
    expect(normalize('is there a limit')).to.equal('is there a limit');
    expect(normalize('limited to USD 50,000')).to.equal('limited to USD 50000');
  });

  it('reads spaces that group thousands beside a currency as thousands (27 000 USD), then every such figure of the text', () => {
    expect(normalize('We want to pay 27 000 USD')).to.equal('We want to pay 27000 USD');
    expect(normalize('sent USD 10 000 and only 9 975 arrived')).to.equal('sent USD 10000 and only 9975 arrived');
    expect(normalize('客户汇了 10 000 美金 到账 9 975')).to.equal('客户汇了 10000 美金 到账 9975');
    // No currency: no telling thousands from two numbers; four digits are no group (a phone number).
    expect(normalize('I have 2 000 pieces')).to.equal('I have 2 000 pieces');
    expect(normalize('手机 138 1234 5678 钱少了 20 USD')).to.equal('手机 138 1234 5678 钱少了 20 USD');
  });

  it('drops "Limited" closing a company\'s name, capitalised or after a trade word as speech-to-text writes it', () => {
    expect(normalize('director of Crescent Link Trading Limited, we got rejected')).to.equal('director of Crescent Link Trading, we got rejected');
    expect(normalize('crescent link trading limited')).to.equal('crescent link trading');
    expect(normalize('my withdrawal is limited to 5,000')).to.equal('my withdrawal is limited to 5000');
    expect(normalize('daily limited')).to.equal('daily limited');
  });

  it('joins an acronym spelled out letter by letter, as speech-to-text writes it', () => {
    expect(normalize('写着 U E T R 什么的')).to.equal('写着 UETR 什么的');
    expect(normalize('后面写的是S H A，对')).to.equal('后面写的是SHA,对');
    expect(normalize('plan A or B')).to.equal('plan A or B');
    expect(normalize('上面有个 u e t r 号码')).to.equal('上面有个 uetr 号码');
    expect(normalize('r u a robot?'), 'three lower-case letters are chat').to.equal('r u a robot?');
    expect(normalize('he want we pay with o u r but the bank put s h a'), 'the charge codes, in capitals').to.equal('he want we pay with OUR but the bank put SHA');
  });
});

describe('normalize(): shorthand among Chinese words', () => {
  it('spells out the pinyin initials of one reading in payments (kh, yyzz, gth, sxf, sfz, yhk, zjh), only in a text with Chinese', () => {
    expect(normalize('kh 付款 户名不符')).to.equal('客户 付款 户名不符');
    expect(normalize('zjh扣费 能不能退')).to.equal('中间行扣费 能不能退');
    expect(normalize('yyzz 过期了')).to.equal('营业执照 过期了');
    expect(normalize('gth能开吗 SXF多少')).to.equal('个体户能开吗 手续费多少');
    expect(normalize('sfz和yhk都要拍吗')).to.equal('身份证和银行卡都要拍吗');
    expect(normalize('khaki色的布料')).to.equal('khaki色的布料');
    expect(normalize('kh sfz'), 'no Chinese: not pinyin').to.equal('kh sfz');
  });

  it('reads tx among Chinese words as 提现, and wx and zfb as the apps; in English tx stays', () => {
    expect(normalize('tx到yhk多久')).to.equal('提现到银行卡多久');
    expect(normalize('TX被退了 钱还在吗')).to.equal('提现被退了 钱还在吗');
    expect(normalize('wx零钱和zfb余额')).to.equal('微信零钱和支付宝余额');
    expect(normalize('the tx hash, and wx ok')).to.equal('the tx hash, and wx ok');
    expect(normalize('txt格式发我')).to.equal('txt格式发我');
  });

  it('reads 提到 before a bank or a card as a withdrawal to it, and keeps "mentioned"', () => {
    expect(normalize('提到招行要多久')).to.equal('提现到招行要多久');
    expect(normalize('提到稠州银行 几点能到')).to.equal('提现到稠州银行 几点能到');
    expect(normalize('钱提到卡里了吗')).to.equal('钱提现到卡里了吗');
    expect(normalize('你刚才提到的银行卡')).to.equal('你刚才提到的银行卡');
    expect(normalize('他提到这个银行')).to.equal('他提到这个银行');
    expect(normalize('提到行业')).to.equal('提到行业');
    expect(normalize('他提到服装行业')).to.equal('他提到服装行业');
    expect(normalize('提到国内要多久'), '提到国内 is a synonym of 提现 as it is').to.equal('提到国内要多久');
  });
});
