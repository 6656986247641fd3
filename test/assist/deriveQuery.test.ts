import { expect } from 'chai';
import { ASIDE_WEIGHT } from '../../src/analysis/focus.js';
import { assist } from '../../src/assist/assist.js';
import { deriveQuery, TURN_WEIGHTS } from '../../src/assist/deriveQuery.js';
import { extractEntities } from '../../src/assist/entities.js';
import { maskPersonalData, withoutMasks } from '../../src/assist/personalData.js';
import { parseTranscript, transcriptFromText } from '../../src/assist/transcript.js';
import { QueryError } from '../../src/errors.js';
import { sampleKb } from '../support/sampleKb.js';

describe('maskPersonalData()', () => {
  const cases: Array<[string, string]> = [
    ['卡号 6222 0212 3456 7890 123', '卡号 [CARD_OR_ACCOUNT]'],
    ['手机 138 1234 5678，或者 +86-13812345678', '手机 [PHONE]，或者 [PHONE]'],
    ['email li.wei+kb@example.com', 'email [EMAIL]'],
    ['身份证 110101199001011234', '身份证 [ID_NUMBER]'],
    ['IBAN DE89 3704 0044 0532 0130 00, account WS-20391847', 'IBAN [CARD_OR_ACCOUNT], account [CARD_OR_ACCOUNT]'],
    ['MT103 field 71A, 10,000 USD, 9975, 2026-11-02, 5万美金', 'MT103 field 71A, 10,000 USD, 9975, 2026-11-02, 5万美金'],
    // As speech-to-text writes what a caller reads out.
    ['yeah its plus six one four double one two three four five six', 'yeah its [PHONE]'],
    ['its mia at paddockpixel dot com dot au', 'its [EMAIL]'],
    ['he paid one two three days ago, look at the app at nine oh five', 'he paid one two three days ago, look at the app at nine oh five'],
    // Chinese digits read one by one; amounts, counts and a year stay.
    ['我姓隋 手机后四位八零零三', '我姓隋 手机后四位[PHONE]'],
    ['记得 幺五二 八八零六 四幺七三 新办了个号', '记得 [PHONE] 新办了个号'],
    ['二零二六年三月汇了八千五百六十五 做了七八遍', '二零二六年三月汇了八千五百六十五 做了七八遍'],
  ];
  it('drops the label read before a masked number with it (手机后四位, 手机号码的尾号是)', () => {
    for (const said of ['我姓隋 手机后四位八零零三', '手机号码的尾号是 六二四零']) expect(withoutMasks(maskPersonalData(said).text), said).to.not.match(/手机|[零一二三四五六七八九]/);
  });
  for (const [input, expected] of cases) {
    it(`masks ${JSON.stringify(input)}`, () => {
      expect(maskPersonalData(input).text).to.equal(expected);
    });
  }
});

describe('extractEntities()', () => {
  const types = (text: string) => extractEntities(text).entities.map((e) => [e.type, e.value ?? e.text, e.currency].filter(Boolean).join(' '));

  it('recognises amounts with currencies, in figures or Chinese numerals', () => {
    expect(types('买家汇了10000美金，只到了9975刀')).to.deep.equal(['amount 10000 USD', 'amount 9975 USD']);
    expect(types('USD 8,400 and €1.2k')).to.deep.equal(['amount 8400 USD', 'amount 1200 EUR']);
    expect(types('一万二美金，3万英镑')).to.deep.equal(['amount 12000 USD', 'amount 30000 GBP']);
    // 块 counts any currency when one is named after it; alone it is yuan.
    expect(types('少了四十五块美金，提了三百块')).to.deep.equal(['amount 45 USD', 'amount 300 CNY']);
    expect(types('扣了20块钱欧元')).to.deep.equal(['amount 20 EUR']);
  });

  it('recognises MT103, UETR, SWIFT/BIC, dates and durations', () => {
    expect(types('MT 103 with UETR 3b8f6c2e-1d4a-4e5b-9c7d-2f1a0b9e8d7c from BOFAUS3N')).to.deep.equal([
      'mt103 MT 103',
      'uetr 3b8f6c2e-1d4a-4e5b-9c7d-2f1a0b9e8d7c',
      'swift_bic BOFAUS3N',
    ]);
    expect(types('上周三汇的，已经三天了')).to.deep.equal(['date 上周三', 'duration 三天了']);
    expect(types('he sent it ten days ago, on the 3rd')).to.deep.equal(['duration ten days ago', 'date on the 3rd']);
  });

  it('rewrites entities into the words that carry the topic', () => {
    expect(extractEntities('汇了5万美金三天了还没到').text).to.equal('汇了 USD  还没到');
  });

  it('does not take an ordinary word in capitals for a BIC', () => {
    expect(types('THE TRANSFER IS LATE')).to.deep.equal([]);
  });
});

describe('parseTranscript() and transcriptFromText()', () => {
  it('names the turn that is wrong', () => {
    expect(() => parseTranscript([{ speaker: 'customer', text: 'hi' }, { speaker: 'bot', text: 'x' }])).to.throw(QueryError, 'transcript[1].speaker must be "customer" or "agent"');
    expect(() => parseTranscript({ speaker: 'customer' })).to.throw(QueryError, /must be an array/);
    expect(() => parseTranscript([{ speaker: 'agent', text: 'x'.repeat(2001) }])).to.throw(QueryError, /transcript\[0\]\.text is 2001 characters/);
  });

  it('reads "speaker: text" lines in English and Chinese', () => {
    expect(transcriptFromText('客户：喂\n坐席：您好\ncustomer: money short\n  by 25 dollars\n\nagent: ok')).to.deep.equal([
      { speaker: 'customer', text: '喂' },
      { speaker: 'agent', text: '您好' },
      { speaker: 'customer', text: 'money short' },
      { speaker: 'customer', text: 'by 25 dollars' },
      { speaker: 'agent', text: 'ok' },
    ]);
  });

  it('gives unlabelled lines to the speaker in effect (the console passes its speaker toggle), and splits over-long lines', () => {
    expect(transcriptFromText('到账少了\n客服：请稍等\n好的', 'agent')).to.deep.equal([
      { speaker: 'agent', text: '到账少了' },
      { speaker: 'agent', text: '请稍等' },
      { speaker: 'agent', text: '好的' },
    ]);
    expect(transcriptFromText('first line').map((t) => t.speaker)).to.deep.equal(['customer']);
    const long = transcriptFromText(`c: ${'钱'.repeat(4500)}`);
    expect(long.map((t) => t.text.length)).to.deep.equal([2000, 2000, 500]);
    expect(() => parseTranscript(long)).not.to.throw();
  });
});

describe('deriveQuery()', () => {
  const { kb } = sampleKb();
  const derive = (turns: Array<[speaker: 'customer' | 'agent', text: string]>) => deriveQuery(kb.analyzer, turns.map(([speaker, text]) => ({ speaker, text })));
  const weightOf = (d: ReturnType<typeof derive>, term: string) => d.analysis.terms.find((t) => t.term === term)?.weight;

  it('drops greetings and fillers', () => {
    const d = derive([['customer', '喂，你好，请问一下，那个，嗯']]);
    expect(d.analysis.terms).to.deep.equal([]);
    expect(derive([['customer', 'hello um hi, thanks']]).analysis.terms).to.deep.equal([]);
  });

  it('weighs the latest customer turn most, older turns and the agent less', () => {
    const d = derive([
      // The opening turn: it keeps the opening weight (the next test).
      ['customer', '提现失败了'],
      ['customer', '汇率怎么算'],
      ['agent', '冻结的话要看原因'],
      ['customer', '退汇了怎么办'],
    ]);
    expect(weightOf(d, '退汇')).to.equal(1);
    expect(weightOf(d, '汇率')).to.be.closeTo(TURN_WEIGHTS.decay, 1e-9);
    expect(TURN_WEIGHTS.decay).to.be.below(1);
    // The agent turn came before the latest customer turn: 0.3 for the agent, × the decay for its age.
    expect(weightOf(d, '冻结')).to.be.closeTo(TURN_WEIGHTS.agent * TURN_WEIGHTS.decay, 1e-9);
    expect(d.query.split(' ')[0]).to.equal('退汇');
  });

  it('weighs less what a turn puts aside before its main question', () => {
    const d = derive([['customer', '周末能提现吗 另外一件事更急 我们给供应商付款付重复了']]);
    expect(weightOf(d, '提现')).to.be.closeTo(ASIDE_WEIGHT.waved * weightOf(d, '付款')!, 1e-9);
  });

  it('weighs the turns before a customer turn that opens with 另外 / "also" as an aside, not before 另外一个 (the other one)', () => {
    const opening: Array<[speaker: 'customer' | 'agent', text: string]> = [['customer', '喂'], ['customer', '我客户汇了一万美金 只到了9975 钱少了是谁扣的']];
    const second = derive([...opening, ['customer', '另外我的账户今天突然被冻结了 提不了现']]);
    const plain = derive([...opening, ['customer', '我的账户今天突然被冻结了 提不了现']]);
    expect(weightOf(second, '扣')).to.be.closeTo(ASIDE_WEIGHT.before * weightOf(plain, '扣')!, 1e-9);
    expect(weightOf(second, '冻结')).to.equal(weightOf(plain, '冻结'));
    const other = derive([['customer', '开户被驳回了 说股东身份证没传'], ['customer', '另外一个股东是我老公 他的也要传吗']]);
    expect(weightOf(other, '驳回')).to.be.closeTo(TURN_WEIGHTS.decay, 1e-9);
  });

  it('masks personal data and keeps it out of the query', () => {
    const d = derive([['customer', '我的卡号 6222 0212 3456 7890 123，手机 138 1234 5678，钱少了']]);
    expect(d.personalData.sort()).to.deep.equal(['CARD_OR_ACCOUNT', 'PHONE']);
    expect(d.maskedTurns[0]!.text).not.to.match(/6222|1234 5678/);
    expect(d.analysis.terms.map((t) => t.term)).not.to.include.members(['卡号', '手机']);
    expect(d.analysis.terms.some((t) => /\d{4}/.test(t.term))).to.equal(false);
  });

  it('turns entities into topic terms: amounts into their currency, UETR, MT103', () => {
    const d = derive([['customer', '汇了10,000美金，MT103上有UETR 3b8f6c2e-1d4a-4e5b-9c7d-2f1a0b9e8d7c']]);
    expect(d.entities.map((e) => e.type)).to.deep.equal(['amount', 'mt103', 'uetr']);
    const terms = d.analysis.terms.map((t) => t.term);
    expect(terms).to.include.members(['usd', 'mt103', 'uetr']);
    expect(terms).not.to.include('10000');
  });

  it('sees a short payment in amounts said in different turns', () => {
    const shortPayment = [['customer', 'my buyer paid invoice 2231, 12,000 dollars'], ['agent', 'ok, and what did you receive?'], ['customer', '11,970 USD. why?']] as Array<['customer' | 'agent', string]>;
    expect(weightOf(derive(shortPayment), 'syn:少到账')).to.equal(1);
    expect(weightOf(derive([['customer', 'my buyer paid 12,000 dollars'], ['customer', 'and 5,000 last week']]), 'syn:少到账')).to.equal(undefined);
  });

  it('weighs a term by the sum of the turns that say it: the problem a call keeps coming back to, not a side question at its end', () => {
    const d = derive([
      ['customer', '昨天提了二十万人民币到法人的卡上 今天显示提现失败了'],
      ['agent', '银行退回的原因是户名不符 要提到公司同名的对公账户'],
      ['customer', '那我加一个对公账户 再提现一次可以吗'],
      ['agent', '可以 新增对公账户后重新提交'],
      ['customer', '提现退回来的是人民币还是美金 汇率会不会变'],
    ]);
    const { decay, agent } = TURN_WEIGHTS;
    // 提现 in the three customer turns, 对公 in the first agent turn, the second customer turn and the last agent turn; 汇率 in the last turn only.
    expect(weightOf(d, '提现')).to.be.closeTo(decay ** 2 + decay + 1, 1e-9);
    expect(weightOf(d, '对公')).to.be.closeTo(agent * decay ** 2 + decay + agent * decay, 1e-9);
    expect(weightOf(d, '汇率')).to.equal(1);
    expect(d.query.split(' ')[0]).to.equal('提现');
    const { hits } = assist(kb, d.maskedTurns, { limit: 3 });
    expect(hits[0]?.id).to.equal('withdraw-failed');
  });

  it('keeps the first customer turn with topic words at the opening weight, however many turns follow', () => {
    const d = derive([
      ['customer', '喂，你好'],
      ['customer', '我的提现失败了'],
      ...Array.from({ length: 14 }, (_, i): ['customer', string] => ['customer', `汇率${i}`]),
      ['customer', '好的，谢谢，拜拜'],
    ]);
    expect(weightOf(d, '提现')).to.equal(TURN_WEIGHTS.opening);
    // Without the opening, fifteen customer turns later it would weigh decay ** 15 (below the floor).
    expect(TURN_WEIGHTS.decay ** 15).to.be.below(TURN_WEIGHTS.floor);
    // The greeting has no topic word: the opening is the turn after it.
    expect(d.analysis.terms.map((t) => t.term)).to.include('失败');
  });

  it('does not take a request for a language for the opening: the problem told next is', () => {
    const later = ['汇率怎么算', '手续费多少', '要多久', '周末到不到'].map((text): ['customer', string] => ['customer', text]);
    for (const request of ['yeah hi english thanks', 'can you speak English', '你好 讲普通话', '说中文可以吗']) {
      const d = derive([['customer', request], ['customer', 'my withdrawal failed'], ...later]);
      expect(weightOf(d, 'fail'), request).to.equal(TURN_WEIGHTS.opening);
    }
    // Four customer turns later, without being the opening, it would weigh less.
    expect(TURN_WEIGHTS.decay ** 4).to.be.below(TURN_WEIGHTS.opening);
  });

  it('keeps the opening\'s strongest terms among the query\'s terms when later turns hold more than it keeps', () => {
    // The last four customer turns weigh more than the opening (1, 0.8, 0.64, 0.51 against 0.5) and
    // hold more words than the query keeps here (8): the opening's words were the weakest.
    const opening: ['customer', string] = ['customer', '付款人跟买家不一致 要我说明'];
    const story = ['我爸住院了 医院排队', '工人工资 月底要发', '银行柜台 人很多 等了半天', '买家 微信 不回 电话 打不通'].map((text): ['customer', string] => ['customer', text]);
    const { maxTerms, openingKept } = TURN_WEIGHTS;
    try {
      TURN_WEIGHTS.maxTerms = 8;
      const terms = derive([opening, ...story]).analysis.terms.map((t) => t.term);
      expect(terms).to.have.length(8);
      expect(terms).to.include.members(['付款人', '一致', '说明']);
      TURN_WEIGHTS.openingKept = 0;
      expect(derive([opening, ...story]).analysis.terms.map((t) => t.term)).not.to.include.members(['付款人']);
    } finally {
      Object.assign(TURN_WEIGHTS, { maxTerms, openingKept });
    }
  });

  it('leaves out the courtesies that end a call, which the typed-query analysis keeps (不好意思, 拜拜, alright, bye)', () => {
    const d = derive([
      ['customer', '我的提现失败了'],
      ['customer', '好的 明白了 不好意思 拜拜'],
    ]);
    const terms = d.analysis.terms.map((t) => t.term);
    expect(terms).to.include('失败');
    expect(terms).to.not.include.members(['明白', '拜拜', '好意思', '意思']);
    expect(kb.analyzer.analyzeQuery('辛苦了 拜拜 ').terms.map((t) => t.term)).to.include.members(['辛苦', '拜拜']);
    expect(derive([['customer', 'my withdrawal failed'], ['customer', 'alright, bye']]).analysis.terms.map((t) => t.term)).to.not.include.members(['alright', 'bye']);
  });

  it('weighs a closing turn (thanks, or a last turn that opens with an OK) as the agent\'s words, but not one that asks more', () => {
    const problem: Array<['customer' | 'agent', string]> = [
      ['customer', '客户付了两万美金 到账少了三十五'],
      ['agent', '这是中转行扣的手续费'],
    ];
    const thanks = derive([...problem, ['customer', '好 唔該晒 我今日下晝上傳']]);
    expect(weightOf(thanks, '上传')).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    // Still a customer turn for the decay: the problem stated before it weighs as after any turn.
    expect(weightOf(thanks, '少')).to.be.closeTo(TURN_WEIGHTS.decay, 1e-9);
    const ok = derive([...problem, ['customer', 'okay i will call the supplier']]);
    expect(weightOf(ok, 'supplier')).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    // An OK that is not the last customer turn is an answer, not a closing.
    expect(weightOf(derive([...problem, ['customer', 'okay i will call the supplier'], ['customer', '那下次怎么避免']]), 'supplier')).to.be.closeTo(TURN_WEIGHTS.decay, 1e-9);
    // Nothing more to ask (the answer to 还有其他问题吗) closes a call as thanks do.
    for (const last of ['没有了 拜拜', '没了没了，拜拜。', '冇啦 拜拜', "no, that's all, bye"]) {
      expect(weightOf(derive([...problem, ['customer', `${last} 我去跟买家讲`]]), '买家'), last).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    }
    // An interjection before the OK (哦, 嗯, Cantonese 咁好啦 "alright then") still closes.
    for (const last of ['哦，咁好啦，我去中行问下。', '嗯嗯 那行吧 我去中行问下', 'oh ok, I will ask 中行']) {
      expect(weightOf(derive([...problem, ['customer', last]]), '中行'), last).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    }
    // What the caller will do next, in six words as analysed (好的 and the 发票 to upload).
    expect(weightOf(derive([...problem, ['customer', '好的 我今天就把发票传上去']]), '发票')).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    // English says it in more words.
    const wordy = derive([...problem, ['customer', 'Okay, thank you so much, very helpful. I will call Mr Chen directly.']]);
    expect(weightOf(wordy, 'directli')).to.be.closeTo(TURN_WEIGHTS.agent, 1e-9);
    // ...but not a "no" that answers the agent with a problem.
    expect(weightOf(derive([...problem, ['customer', '没有退回 还是没有']]), '退回')).to.equal(1);
    // Thanks, then a new question: the customer is not closing.
    const more = derive([...problem, ['customer', '收到了，谢谢。另外我们会计问，你们收的那些手续费能开发票吗？']]);
    expect(weightOf(more, '发票')).to.equal(1);
  });

  it('hears a yes-or-no question once: 能不能, 是不是, 有没有 leave no negation behind, and 到没到账 its verb whole', () => {
    const terms = (text: string) => derive([['customer', text]]).analysis.terms.map((t) => t.term);
    expect(terms('那个钱到底到没到账 是不是被退回了 能不能帮我查')).to.include.members(['到账', '退回']).and.not.include.members(['不是', '是不是', '不能', '到没到']);
    expect(terms('你们收不收费 有没有优惠')).to.include('收费').and.not.include.members(['没有', '有没有']);
    expect(terms('係唔係收唔到錢')).to.not.include('不是');
    // A negation said as such stays: 不能提现 is the problem, not a way of asking.
    expect(terms('为什么不能提现')).to.include('不能');
  });

  it('only reads the latest turns of a long call', () => {
    const turns: Array<['customer', string]> = [['customer', '冻结'], ...Array.from({ length: 30 }, (): ['customer', string] => ['customer', '好的'])];
    expect(derive(turns).analysis.terms.map((t) => t.term)).not.to.include('冻结');
  });
});
