import { expect } from 'chai';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { ASIDE_WEIGHT } from '../../src/analysis/focus.js';
import { normalize } from '../../src/analysis/normalize.js';
import { isSyllablePinyin } from '../../src/analysis/speller.js';
import { sampleKb } from '../support/sampleKb.js';
import type { SynonymConfig } from '../../src/types.js';

const synonyms: SynonymConfig = {
  groups: [
    ['中间行', '中转行', '代理行', 'correspondent bank', 'intermediary bank'],
    ['水单', 'MT103', 'bank slip'],
    ['实名认证', 'KYC'],
  ],
  terms: ['到账', '审核中'],
};
const userWords = Analyzer.userWords(synonyms, ['扣费']);

describe('normalize()', () => {
  const cases: Array<[string, string]> = [
    ['ＫＹＣ１２３', 'KYC123'], // full-width → half-width, case kept for acronym detection
    ['手續費怎麼算', '手续费怎么算'], // traditional → simplified
    ['軟體登入不了', '软件登录不了'], // Taiwan phrases
    ['匯款沒到帳', '汇款没到账'], // 帳 → 账, not OpenCC's 帐
    ['款項已經匯出了', '款项已经汇出了'], // a remittance sent, not the Taiwan phrase table's 导出 (data export)
    ['匯入匯款', '汇入汇款'], // not 导入 (data import)
    ['APP登陆不上', 'APP登录不上'], // the common misspelling of 登录 (log in)
    ['北韓和南韓的客戶', '朝鲜和韩国的客户'], // Taiwan and Hong Kong names the phrase table keeps
    ['杜拜的新賬戶', '迪拜的新账户'],
    ['可以开通么', '可以开通么'], // the question particle, not OpenCC's 幺 (tiny)
    ['钱到账了么 什麼時候', '钱到账了么 什么时候'],
    ['10,000 USD', '10000 USD'],
    ['USD 8 400,00 sent, only 8 362 arrived', 'USD 8400 sent, only 8362 arrived'], // European figures, cents after a decimal comma
    ['8.400,00 EUR, got 8.380,00', '8400 EUR, got 8380'],
    ['rate 7.125, call 139 2781 4406', 'rate 7.125, call 139 2781 4406'], // a decimal point, and no figure grouped
    ['MT 103', 'MT103'],
    ['acct frozen, pwd reset', 'account frozen, password reset'], // chat shorthand the speller cannot guess
    ['pmt not rcvd, A/C no.', 'payment not received, account no.'],
    ['txns this month', 'transactions this month'],
    ['cust wants to recall it, custs ask', 'customer wants to recall it, customers ask'],
    ['custody of funds', 'custody of funds'], // a word that starts like the shorthand stays
    ['accounts and passwords', 'accounts and passwords'], // whole words stay as written
  ];
  for (const [input, expected] of cases) {
    it(`normalizes ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      expect(normalize(input)).to.equal(expected);
    });
  }
});

describe('Analyzer', () => {
  const analyzer = new Analyzer({ synonyms, userWords });
  const words = (text: string) => analyzer.analyze(text).words;

  describe('analyze()', () => {
    it('keeps domain words whole that jieba alone splits (中转行, not 中 / 转行)', () => {
      expect(words('中转行扣了我钱')).to.include('中转行');
      expect(words('中间行扣费')).to.include.members(['中间行', '扣费']);
      expect(words('中间行扣费')).not.to.include('行扣费');
    });

    it('keeps everyday payments words whole that jieba\'s dictionary splits, without any content word list', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      expect(plain.analyze('微信绑的卡怎么解绑').words).to.include.members(['微信', '解绑']);
      expect(plain.analyze('微信绑的卡怎么解绑').words).to.not.include.members(['微', '信']);
    });

    it('cuts a word jieba\'s dictionary lists as rare (付款单, frequency 3), unless the content has it as its own word', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      expect(plain.analyze('这张付款单不对').words).to.include.members(['付款', '单']).and.not.include('付款单');
      const own = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: ['付款单'] });
      expect(own.analyze('这张付款单不对').words).to.include('付款单');
    });

    it('keeps the words exporters use for cross-border payments whole (月结单, not 月 / 结 / 单)', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      expect(plain.analyze('上个月的月结单').words).to.include('月结单');
      expect(plain.analyze('客户打款五千美刀').words).to.include.members(['打款', '美刀']);
      expect(plain.analyze('收款行扣了汇损').words).to.include.members(['收款行', '汇损']);
      expect(plain.analyze('上个月的月结单').words).to.not.include('结');
      expect(plain.analyze('国际站询盘少 货代清关').words).to.include.members(['国际站', '询盘', '货代', '清关']);
    });

    it('reads 没收到 as not received (没 / 收到), not 没收 (confiscate) / 到, and leaves confiscating alone', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      for (const text of ['钱还没收到', '没收到验证码', '款没收到啊']) {
        expect(plain.analyze(text).words, text).to.include('收到');
        expect(plain.analyze(text).words, text).to.not.include('没收');
      }
      expect(plain.analyze('货物被海关没收了').words).to.include('没收');
    });

    it('finds verb–object words written apart (开个户, 开不了户, 提个现, 付了一笔款, 对不上账, 封了我的号, 唔收得款) as the whole word', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      const cases: Array<[string, string]> = [['想开个户', '开户'], ['是不是开不了户了', '开户'], ['开个公司户要什么', '开户'], ['开公司户 准备啥', '开户'], ['销对公户要多久', '销户'], ['提个现还要合同', '提现'], ['昨天付了一笔款', '付款'], ['这几笔对不上账', '对账'], ['凭啥封我号', '封号'], ['封了我的号', '封号'], ['有啲國家唔收得款', '收款']];
      for (const [text, word] of cases) expect(plain.analyze(text).words, text).to.include(word);
      // Not across unrelated words: 提交 / 现在 holds no 提现.
      expect(plain.analyze('提交现在的资料').words).to.not.include('提现');
    });

    it('reads a directional complement with 得 or 不 (追得回来, 要不回来, 提不出来) as the verb and its direction, so 追得回来吗 meets 追回', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      const cases: Array<[string, string]> = [['转错账了 追得回来吗', '追回'], ['钱是不是追不回来了', '追回'], ['拿得回吗', '拿回'], ['提不出来', '提出']];
      for (const [text, word] of cases) expect(plain.analyze(text).words, text).to.include(word);
      // The marker must sit between the verb and the direction: 回来 alone, or 不回 in 回不回, is no complement.
      expect(plain.analyze('他什么时候回来').words).to.not.include('候回');
      expect(plain.analyze('钱到底退不退').words.filter((w) => w.length === 2 && w.endsWith('回'))).to.deep.equal([]);
    });

    it('also reads a potential complement as its resultative verb (收不到 → 收到, 打不开 → 打开), not 来不及 → 来及', () => {
      const plain = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
      const cases: Array<[string, string]> = [['我一直收不到钱', '收到'], ['app打不开', '打开']];
      for (const [text, word] of cases) expect(plain.analyze(text).words, text).to.include(word);
      expect(plain.analyze('我一直收不到钱').words).to.include('收不到');
      expect(plain.analyze('来不及了').words).to.not.include('来及');
    });

    it('segments Latin and Chinese separately, so KYC is not hidden inside KYC审核', () => {
      expect(words('KYC审核要多久')).to.include.members(['kyc', '审核']);
    });

    it('keeps Chinese text that lunr\'s default pipeline would delete', () => {
      expect(words('手续费')).to.include('手续费');
    });

    it('drops Chinese fillers and question frames', () => {
      expect(words('请问我的那个钱怎么还没到啊')).to.deep.equal(['钱', '没', '到']);
    });

    it('drops the question particle 么 as it drops 吗 (可以开通么 is 可以开通吗)', () => {
      expect(words('可以开通么')).to.deep.equal(words('可以开通吗'));
    });

    it('drops place and contrast fillers as it drops 里 and 但是 (a call says 里面 and 可是 about anything)', () => {
      expect(words('可是账户里面的钱')).to.deep.equal(['账户', '钱']);
      expect(words('上面写着限制')).to.not.include('上面');
    });

    it('drops what asks without naming a topic: 怎么回事, 咋办, 是否, 已 (a similar question "退汇了是怎么回事" must not match every "what is going on")', () => {
      expect(words('账户已被限制 这是怎么回事')).to.deep.equal(['账户', '限制']);
      expect(words('咋回事 是否能提现')).to.deep.equal(['提现']);
    });

    it('drops a greeting that opens or closes a Chinese run, which jieba cuts into words of their own (早上好 → 早上 / 上好)', () => {
      expect(words('晚上好')).to.deep.equal([]);
      expect(words('老师早上好，我想问一下提现')).to.not.include.members(['早上', '上好']);
      expect(words('周五晚上好几笔付款没到'), 'not a greeting inside a sentence').to.include('晚上');
      expect(words('ok thanks a lot')).to.deep.equal([]);
    });

    it('drops how a greeting addresses the person greeted (早上好 老板, 老板你好, 亲 在吗), but not those words in a question', () => {
      for (const text of ['早上好 老板', '老板 早上好', '老板你好', '你好，老板', '亲 在吗', '早上好老板']) expect(words(text), text).to.deep.equal([]);
      expect(words('早上好老板，提现要多久')).to.include('提现').and.not.include('老板');
      expect(words('我替老板刷脸可以吗')).to.include('老板');
      expect(words('早上好 我亲戚帮我付的款')).to.include('亲戚');
    });

    it('drops the season\'s and business wishes that open or close a message (新年快乐, 祝你们生意兴隆), but not their words in a question', () => {
      for (const text of ['新年快乐 祝你们生意兴隆', '春节快乐', '谢谢 祝您工作顺利', '恭喜发财']) expect(words(text), text).to.deep.equal([]);
      expect(words('春节快乐！春节期间能提现吗')).to.include.members(['春节', '期间', '提现']);
      expect(words('做小生意的个体户能开户吗')).to.include('生意');
      expect(analyzer.analyzeQuery('happy new year, merry christmas').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('happy eid mubarak').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('happy chinese new year to all the team!!').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('Ramadan Kareem, happy diwali').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('Kung Hei Fat Choi to all the WhaleSail team!').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('gong xi fa cai').terms).to.deep.equal([]);
      // Other lands' new years and feasts, to everyone: "happy" found the complaints article (unhappy customers).
      expect(analyzer.analyzeQuery('happy songkran everyone!').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('Happy Hari Raya to all the team').terms).to.deep.equal([]);
      expect(analyzer.analyzeQuery('happy new year! is the office open during the holidays').terms.map((t) => t.term)).to.include.members(['offic', 'holiday']);
      // A day's or a weekend's wish, a wish to the whole team, prosperity wished after an emoji.
      for (const text of ['good morning, happy friday everyone', 'Happy Eid to you and all your team', 'happy diwali 🎉 wishing prosperity', 'happy weekend!', 'Happy Chinese New Year to your whole team!', 'happy diwali to ur team']) {
        expect(analyzer.analyzeQuery(text).terms, text).to.deep.equal([]);
      }
      expect(analyzer.analyzeQuery('not happy that the weekend transfer is late').terms.map((t) => t.term)).to.include.members(['happi', 'weekend']);
    });

    it('drops a Chinese run that only acknowledges (行, 收到, 在不在), but not those words inside a question', () => {
      expect(words('行 我知道了')).to.deep.equal([]);
      expect(words('在不在啊')).to.deep.equal([]);
      expect(words('嗯嗯 收到')).to.deep.equal([]);
      for (const text of ['好的收到', '明白了谢谢', '好的了解了', '嗯嗯没问题哈']) expect(words(text), text).to.deep.equal([]);
      expect(words('好的收到了吗')).to.include('收到');
      for (const text of ['好的 明白了 没别的问题了', '没有其他事了 谢谢', '就这些吧', '谢谢 已经解决了', '问题都搞定了', '在不在 回一下', '有人吗', '有人在吗 回个话']) expect(words(text), text).to.deep.equal([]);
      // 在吗 ("you there?") opening a question; 存在吗 (does it still exist?) keeps its 存在.
      expect(words('在吗 巴西客户要我提供银行资料')).to.include('巴西').and.not.include('在');
      expect(words('账户里的钱还存在吗')).to.include('存在');
      expect(words('账户有人登录过吗')).to.include('登录');
      // 人呢 ("anyone?") on its own nudges a chat; after a word it asks about someone: 收款人呢 is the payee.
      expect(words('在不在 人呢')).to.deep.equal([]);
      expect(words('收款人呢')).to.include('收款人');
      expect(words('有没有人带我上手')).to.include('人');
      // After a time, 有人吗 asks when someone answers: the service-hours question, not a nudge.
      for (const text of ['晚上十点还有人吗', '周六有人在吗', '春节放假有人吗']) expect(words(text).join(' '), text).to.match(/人/);
      expect(words('还有人吗')).to.deep.equal([]);
      // More nudges: 有没有人在线, 有人么, Cantonese 喺唔喺度 (在不在度 once normalised); 受益所有人 keeps its 有人.
      for (const text of ['喂 有没有人在线啊', '在不在 有人么', '喂，喺唔喺度呀']) expect(words(text), text).to.deep.equal([]);
      expect(words('晚上十点还有没有人在线').join(' ')).to.match(/人/);
      expect(words('受益所有人要填谁').join(' ')).to.match(/所有人/);
      expect(words('别的公司代付可以吗')).to.include('代付');
      expect(words('就这些钱能提现吗')).to.include('提现');
      expect(words('行，那提现要多久')).to.include('提现');
      expect(words('钱收到了吗')).to.include('收到');
      // Asked, not said: 解决了吗 is still a question about a complaint.
      expect(words('投诉已经解决了吗')).to.include('解决');
      // Closings: "I won't keep you", "no need", Cantonese "nothing else" (冇嘢 reads 没有东西), a bare "morning".
      for (const text of ['行 那不打扰了', '那我先不打扰你了', '没事了 不用了', '冇嘢啦', '早', '早啊', '早晨', '好的 谢谢啊 没事了 挂了', '那我先挂了啊', '好 俺先挂了', '那咱就先挂了']) expect(words(text), text).to.deep.equal([]);
      // "No problem now, that's it" (没问题了，先这样; written blind in blind220, a confident answer about periodic reviews); asked, it stays.
      for (const text of ['沒問題了，先這樣', '没问题了', '那先这样吧', '嗯嗯 没有问题了', '嗯嗯 莫得问题了']) expect(words(text), text).to.deep.equal([]);
      expect(words('这样提现没问题了吗')).to.include('提现');
      // Said twice or more, an acknowledgement is still one (收到收到 was a confident answer about a payment not arrived, blind312).
      for (const text of ['收到收到', '明白明白', '行行行', '好的 收到收到 谢谢']) expect(words(text), text).to.deep.equal([]);
      expect(words('收到收到 那提现要多久')).to.include('提现');
      // Minnan's 伊 (he, she) and 汝 (you) are pronouns; 伊朗 is a country.
      expect(words('伊讲伊有付款了')).to.not.include('伊');
      expect(words('汝好 我想问提现')).to.not.include('汝');
      expect(words('伊朗客户付款')).to.include('伊朗');
      // Passing it on: "I'll tell my boss" names nobody's topic; the boss who paid from his own account is one.
      for (const text of ['嗯嗯 知道了 我跟老板说一下', '好的 我先问下我老板再讲', '回头和财务商量下再联系你', '等等哈 我去问下老板']) expect(words(text), text).to.deep.equal([]);
      // Waiting and exasperation name nothing: 那我再等等吧 was a confident exchange-rate answer (its article's 等等再换).
      for (const text of ['那我再等等吧', '离谱', '破防了']) expect(words(text), text).to.deep.equal([]);
      // Northern 瞅 and 瞧 are 看: 帮我瞅瞅 asks for a look, its topic is elsewhere.
      expect(words('能帮我瞅瞅不 买家说款早出去了')).to.not.include.members(['瞅', '瞅瞅']);
      expect(words('我老板用他私人账户付的款')).to.include('老板');
      expect(words('我跟老板说一下 提现手续费多少')).to.include('提现');
      expect(words('电话打着打着就挂了')).to.include('挂');
      expect(words('早点到账可以吗')).to.include('到账');
      expect(words('不用交资料吗')).to.include('资料');
    });

    it('drops Cantonese 係 (系 once simplified) and the classifier 一封, and keeps 联系 and 系统', () => {
      expect(words('結匯提現手續費係幾多')).not.to.include('系');
      expect(words('收到一封邮件')).to.deep.equal(['收到', '邮件']);
      expect(words('联系客服')).to.include('联系');
      expect(words('系统升级')).to.include('系统');
    });

    it("drops Wu's question particle 伐 (有伐: 吗) and keeps the verb's words", () => {
      expect(words('做黄金首饰的可以开户伐')).not.to.include('伐');
      expect(words('做黄金首饰的可以开户伐')).to.include('开户');
      expect(words('砍伐木材')).to.include('砍伐');
    });

    it('leaves out the closing formula of a pasted notice (如有疑问请联系客服, "if you have any questions, please contact us")', () => {
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      const notice = '您的账户因风险管控已被限制使用，暂停提现及付款功能。如有疑问请联系客服。为什么限制我';
      expect(terms(notice)).to.include.members(['账户', '限制']);
      expect(terms(notice)).not.to.include('客服');
      expect(terms('Your account has been restricted. If you have any questions, please contact our customer service team.')).not.to.include.members(['servic', 'custom']);
      // Asked in its own words, the service stays.
      expect(terms('有疑问怎么联系客服')).to.include.members(['疑问', '联系']);
    });

    it('reads a query of English courtesies only as no words, and keeps the words of one that also asks something', () => {
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      for (const q of ['good afternoon', 'hello? anyone there?', 'one moment please', 'thanks a lot, that helps', "how's your day going", 'no that is all for today', 'thanks so much!', 'thank you very much', 'much appreciated', 'no problem', 'ok no worries thanks', "g'day", 'gday, thanks', 'am fine thanks and you', "I'm good, thank you, how about you"]) expect(terms(q), q).to.deep.equal([]);
      expect(terms('I am fine with the fee but where is my money')).to.include('fee');
      // "today" is part of the courtesy: left as the whole query, it was a confident cut-off-times answer.
      for (const q of ['how are you today', 'how are you doing today', 'good morning, how are you today?', 'how have you been']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('how are you, can I still send today')).to.include.members(['send', 'today']);
      // Asked of the assistant itself: "old" found articles about an old company name.
      for (const q of ['how old are you', "what's your name?", 'hi, what is your name']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('what is your name on the account, the buyer asks')).to.include.members(['account', 'buyer']);
      expect(terms('good afternoon, my payment has not arrived')).to.include.members(['payment', 'arriv']);
      expect(terms('how much is the fee')).to.include('much');
      // Thanks with an intensifier or for the help name no topic, in a query that asks something too.
      expect(terms('thank you very much, how do I withdraw')).to.deep.equal(['how', 'withdraw']);
      const onHold = terms('thanks so much for your help today, my payment is on hold');
      for (const w of ['much', 'help', 'today']) expect(onHold).not.to.include(w);
      expect(onHold).to.include.members(['payment', 'hold']);
      expect(terms('thank you very much, how much is the fee')).to.include('much');
      expect(terms('thx 4 help')).to.deep.equal([]);
      expect(terms('thanks 4 ur help, how do i withdraw')).to.deep.equal(['how', 'withdraw']);
      // The function words of English creoles and pidgins name nothing, as "the" and "my" do not.
      expect(terms('seller seh where di money come from, why dem asking dat')).to.deep.equal(['seller', 'where', 'money', 'come', 'whi', 'ask']);
      // Small talk about work: "how is work today" was a confident cut-off-times answer (working days).
      for (const q of ['Good morning sir, how is work today', "how's business going", 'thank you so much for your help today']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('how is work today, can I still send USD')).to.include.members(['send', 'today']);
      for (const q of ['see you', 'ok see you later', 'talk to you soon']) expect(terms(q), q).to.deep.equal([]);
      // A caller's agreement and pause: "yes that's right" was a confident password answer ("I'm sure it's right").
      for (const q of ["yes that's right", 'correct', 'hold on let me check with my boss', 'hang on a sec', 'hello?? anyone', 'ok noted boss']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('anyone know why my payment is on hold')).to.include.members(['payment', 'hold']);
      for (const q of ['wait ah, let me check with my boss first', 'hello? anybody reading this message', 'Merhaba my friend, how are you today?']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('my friend paid for my order, is it ok')).to.include('friend');
      expect(terms('how long do I wait for the review')).to.include('wait');
      expect(terms('that is correct, SHA')).to.include('sha');
      // A call's "thank you ma'am" led an out-of-scope call's query as "maam" (sir and madam were already fillers).
      for (const q of ["Alright ma'am, thank you, have a nice day.", 'yes maam', 'ok sir', 'thank you mister', 'yes Mr.']) expect(terms(q), q).to.deep.equal([]);
      // A title before a name ("my supplier Mister Chen") was a term of an English call's query, said in every turn.
      expect(terms('my supplier Mister Chen say the money is on hold')).not.to.include('mister');
      // Praise and wishes to the team: "helpful" found the onboarding article's help, "year" the holiday hours.
      // Asked of the agent itself, or thanks to a "friend": a friend paying for the buyer is a topic.
      for (const q of ['are you a real person', 'r u a robot?', 'thanks a lot my friend', 'thank you, my friend', 'thanks a lot my sister, God bless you']) expect(terms(q), q).to.deep.equal([]);
      // A customer closing: "noted", "I will tell my boss", "I will wait".
      for (const q of ['ok noted, I will tell my boss', 'noted with thanks', 'ok merci, I will wait', "let me check with my accountant and get back to you"]) expect(terms(q), q).to.deep.equal([]);
      expect(terms('I will ask my boss if he paid from his personal account')).to.include.members(['boss', 'paid']);
      expect(terms('my friend will pay for the buyer')).to.include('friend');
      expect(terms('my sister company will pay for the buyer')).to.include('sister');
      // Letters' formulas and small talk of buyers writing English as a second language.
      for (const q of ['what is your good name please', 'whats your name', 'how are you my friend, long time', 'hello my friend', 'good morning my friend', 'Dear sir, kindly revert', 'please do the needful']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('good morning my friend, my payment has not arrived')).to.deep.equal(terms('my payment has not arrived'));
      expect(terms('good morning, my friend paid for my buyer')).to.include('friend');
      // To revert a payment is a topic; "kindly revert" closing a letter is not.
      expect(terms('can I revert the payment')).to.include('revert');
      for (const q of ['thanks a lot, you are very helpful', "you've been so helpful", 'Happy Chinese New Year to the whole team!', 'merry christmas to you all']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('is support open during chinese new year')).to.include.members(['chines', 'year']);
      // Chat spelling: ur is your (a stop word now, which left "hows day going" a confident answer about working days).
      for (const q of ['good evening!! hows ur day going', 'how is ur day']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('is ur rate better than the bank')).to.include('rate').and.not.include('ur');
    });

    it('drops greetings of the time of day from every query, and keeps the time of day when it is asked about', () => {
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      const asked = terms('my payment has not arrived');
      // Left in, good and morning matched nothing the article answers and made a right answer not confident.
      for (const q of ['good morning, my payment has not arrived', 'hi good evening my payment has not arrived', 'Morning team, my payment has not arrived']) expect(terms(q), q).to.deep.equal(asked);
      for (const q of ['morning!', 'Good evening.', 'afternoon all']) expect(terms(q), q).to.deep.equal([]);
      expect(terms('paid on friday evening, when will it arrive')).to.include('even');
      expect(terms('morning payments are late')).to.include('morn');
    });

    it('stems English and drops stop words', () => {
      expect(words('The payments arrived')).to.deep.equal(['payment', 'arriv']);
      // Intensifiers name no topic, as 真的 and 非常 in Chinese: "really" found "who really runs the company".
      expect(words('is this email really from you')).to.deep.equal(['email']);
      expect(words('the fee is actually very high')).to.deep.equal(['fee', 'high']);
      // Adverbs of manner and urgency the content never writes: unknown, "properly" weighed most of "how do I escalate properly".
      expect(words('how do I escalate properly asap')).to.deep.equal(words('how do I escalate'));
      expect(words('seriously, my account is totally frozen')).to.deep.equal(words('my account is frozen'));
      // Tagalog's courtesy po; "etc" closing an English list, and not the motorway's ETC written in capitals or first.
      expect(words('Our account is showing restricted po')).to.deep.equal(words('Our account is showing restricted'));
      const asked = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      expect(asked('I uploaded the invoice, contract etc. still on hold')).to.deep.equal(asked('I uploaded the invoice, contract, still on hold'));
      expect(asked('ETC一趟高速扣了两次')).to.include('etc');
      expect(asked('etc扣费两次')).to.include('etc');
    });

    it('reads an acronym typed in lower case as the one written in capitals (sms, SMS), and still stems use as using', () => {
      expect(words('sms code')).to.deep.equal(words('SMS code'));
      expect(words('gps')).to.deep.equal(['gps']);
      expect(words('use')).to.deep.equal(words('using'));
      expect(words('try')).to.deep.equal(words('trying'));
    });

    it('reads a currency code typed in lower case as the code (usd to cny), which Porter would have cut (cny → cni, jpy → jpi)', () => {
      for (const code of ['cny', 'jpy', 'aed', 'usd']) expect(words(code), code).to.deep.equal(words(code.toUpperCase()));
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      expect(terms('usd to cny rate')).to.deep.equal(terms('USD to CNY rate'));
    });

    it('keeps codes and numbers verbatim: MT103, 71A, UETR, SWIFT/BIC, 5000', () => {
      expect(words('field 71A of the MT103, UETR and SWIFT/BIC, 5000 USD')).to.include.members(['71a', 'mt103', 'uetr', 'swift', 'bic', '5000', 'usd']);
    });

    it('reads a pasted UETR (a version-4 UUID) in a query as the term uetr, without its five hex pieces', () => {
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      expect(terms('UETR bd4e3c2a-7f1e-4b88-9a2d-1c0e5f6a7b90 where is it')).to.deep.equal(terms('UETR where is it'));
      expect(terms('3F2A9C1E-7B4D-4E21-9A8F-0C5D6E7F8A91 帮我查下')).to.deep.equal(terms('UETR 帮我查下'));
      // Not a UETR: a UUID of another version, a code with fewer groups.
      expect(terms('ref 3f2a9c1e-7b4d-1e21-9a8f-0c5d6e7f8a91')).to.include('3f2a9c1e');
      expect(terms('ref 3f2a9c1e-7b4d-4e21-9a8f')).to.not.include('uetr');
    });

    it('drops where the speaker stands from a query (nothing on my side, on our end), as 我这边, but keeps sides elsewhere', () => {
      const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
      expect(terms('buyer paid on the 3rd, nothing on my side yet ')).to.not.include('side');
      expect(terms('not received on our end ')).to.not.include('end');
      expect(terms('upload both sides of the ID card ')).to.include('side');
    });

    it('drops a greeting or filler written in capitals (OK, PLS) as in lower case, but keeps ID', () => {
      expect(words('OK, and then I resend it')).to.not.include('ok');
      expect(words('PLS help')).to.deep.equal(['help']);
      expect(words('legal rep ID')).to.include('id');
    });

    it('keeps the charge code OUR in capitals but drops the word "our"', () => {
      expect(words('choose OUR')).to.include('our');
      expect(words('our fee')).not.to.include('our');
    });

    it('folds negations to "not" instead of dropping them', () => {
      expect(words("haven't received it")).to.deep.equal(['not', 'receiv']);
    });

    it('adds the same synonym key for every term of a group, in either language', () => {
      const key = words('中转行').find((w) => w.startsWith('syn:'));
      expect(key).to.be.a('string');
      expect(words('the correspondent bank took it')).to.include(key);
      expect(words('代理行')).to.include(key);
      expect(words('水单')).not.to.include(key);
    });

    it('matches synonyms by the phrases a build stored exactly as by phrases it analyses itself, and takes the stored ones as given', () => {
      expect(analyzer.synonymPhrases[0]).to.deep.equal([['中间行'], ['中转行'], ['代理行'], ['correspond', 'bank'], ['intermediari', 'bank']]);
      const stored = new Analyzer({ synonyms, userWords, synonymPhrases: analyzer.synonymPhrases });
      for (const text of ['中转行扣费', 'the correspondent bank took it', 'intermediary bank fee', 'MT103 水单', 'KYC 实名认证', 'bank slip please']) {
        expect(stored.analyze(text), text).to.deep.equal(analyzer.analyze(text));
        expect(stored.analyzeQuery(text), text).to.deep.equal(analyzer.analyzeQuery(text));
      }
      // Not analysed again: a stored phrase is what matches, even one the terms would not give.
      const moved = new Analyzer({ synonyms, userWords, synonymPhrases: [[['swift']], [], []] });
      expect(moved.analyze('swift').words).to.include('syn:中间行');
      expect(moved.analyze('中转行').words.some((w) => w.startsWith('syn:'))).to.equal(false);
    });

    it('makes character bigrams of Chinese runs', () => {
      expect(analyzer.analyze('没到账').grams).to.deep.equal(['没到', '到账']);
    });
  });

  describe('analyzeQuery()', () => {
    it('finds traditional Chinese terms in simplified form', () => {
      const terms = analyzer.analyzeQuery('中轉行扣費').terms.map((t) => t.term);
      expect(terms).to.include.members(['中转行', '扣费']);
    });

    it('treats the last word as a prefix while the user is still typing', () => {
      expect(analyzer.analyzeQuery('interme').partial).to.deep.equal({ prefix: 'interme', script: 'latin' });
      expect(analyzer.analyzeQuery('中间行扣').partial).to.deep.equal({ prefix: '扣', script: 'han' });
    });

    it('has no prefix once the user typed a space or punctuation', () => {
      expect(analyzer.analyzeQuery('intermediary ').partial).to.equal(undefined);
      expect(analyzer.analyzeQuery('中间行扣费？').partial).to.equal(undefined);
    });

    it('returns no terms for punctuation-only input', () => {
      const q = analyzer.analyzeQuery(':^~+-*!?。，');
      expect(q.terms).to.deep.equal([]);
      expect(q.grams).to.deep.equal([]);
    });

    it('reads amounts and times said in characters as numbers, as it reads digits (两万多, 五点), not 一截 or 一直', () => {
      const kinds = (q: string) => Object.fromEntries(analyzer.analyzeQuery(q).terms.map((t) => [t.term, t.kind]));
      expect(kinds('账号被冻了 里面还有两万多刀 ')).to.include({ 两万多: 'number' });
      expect(kinds('五点半提交的付款 ')).to.include({ 五点: 'number' });
      // 幺 is how a phone number reads out 1.
      expect(kinds('手机号是幺五零 六八 ')).to.include({ 幺: 'number' });
      expect(kinds('到账少了一截 ')).to.include({ 截: 'han' });
      expect(Object.values(kinds('到账少了一截 '))).to.not.include('number');
    });

    it('reads English amount words as a call writes them (thirty-eight thousand) as numbers, not one to ten, which count things', () => {
      const kinds = (q: string) => Object.fromEntries(analyzer.analyzeQuery(q).terms.map((t) => [t.term, t.kind]));
      expect(kinds('it went out as thirty-eight thousand dollars ')).to.include({ thirti: 'number', thousand: 'number', dollar: 'latin' });
      expect(kinds('three thousand eight hundred ')).to.include({ hundr: 'number' });
      expect(kinds('paid two invoices in one transfer ')).to.include({ two: 'latin', on: 'latin' });
    });

    it('reads a Chinese amount glued to its currency as a number (万美金, 一万刀, 十万块), not 一块', () => {
      const kinds = (q: string) => Object.fromEntries(analyzer.analyzeQuery(q).terms.map((t) => [t.term, t.kind]));
      expect(kinds('客户付了一万美金 ')).to.include({ 万美金: 'number' });
      expect(kinds('发的一万刀 ')).to.include({ 一万刀: 'number', 万刀: 'number' });
      expect(kinds('还有十万块 ')).to.include({ 十万块: 'number' });
      expect(kinds('一块提现 ')).to.include({ 一块: 'han' });
    });

    it('weighs less what a message puts aside before its main question (anyway main thing, 更急, also)', () => {
      const weights = (q: string) => Object.fromEntries(analyzer.analyzeQuery(q).terms.map((t) => [t.term, t.weight]));
      expect(weights('Is your office in Shenzhen? Anyway main thing: our account will be restricted ')).to.include({ offic: ASIDE_WEIGHT.waved, restrict: 1 });
      expect(weights('周末能提现吗？另外一件事更急 我们给供应商付款付重复了 ')).to.include({ 提现: ASIDE_WEIGHT.waved, 付款: 1 });
      expect(weights('本来想问发票的事 算了 主要是我账户冻了 ')).to.include({ 发票: ASIDE_WEIGHT.waved, 冻: 1 });
      // A second question added without saying which matters: the first weighs a little less.
      expect(weights('能收日元吗？另外伊朗客户能付款吗 ')).to.include({ 日元: ASIDE_WEIGHT.before, 伊朗: 1 });
      expect(weights("what's your cut-off for EUR? and also a compliance email came ")).to.include({ cut: ASIDE_WEIGHT.before, complianc: 1 });
      expect(ASIDE_WEIGHT.waved).to.be.below(ASIDE_WEIGHT.before);
      expect(ASIDE_WEIGHT.before).to.be.below(1);
      // A word the main question says too keeps its whole weight.
      expect(weights('提现要多久？另外提现失败了怎么办 ')).to.include({ 提现: 1, 失败: 1 });
    });

    it('weighs less the clause a message says it had meant to ask (本来问…, I was going to ask…), not the words around it', () => {
      const weights = (q: string) => Object.fromEntries(analyzer.analyzeQuery(q).terms.map((t) => [t.term, t.weight]));
      expect(weights('对对 我本来问他收款手续费多少 讲着讲着 就是我客户说钱打了 我这边没收到 ')).to.include({ 手续费: ASIDE_WEIGHT.waved, 客户: 1 });
      expect(weights('I was going to ask about the withdrawal fee, but my account got frozen today ')).to.include({ withdraw: ASIDE_WEIGHT.waved, frozen: 1 });
      // Polite English asks what it says it wants to ask; a plan with nothing after it is the question.
      for (const q of ['I wanted to ask about the withdrawal fee, how much is it for 10k ', '本来想问手续费 ']) {
        expect(new Set(analyzer.analyzeQuery(q).terms.map((t) => t.weight)), q).to.deep.equal(new Set([1]));
      }
    });

    it('marks the words only a clause introducing the writer has (我们是…的, we are a … in …), not those of a status that is the question', () => {
      const introduced = (q: string) => analyzer.analyzeQuery(q, { introduction: true }).introduced?.terms.map((t) => t.term);
      expect(introduced('开户要啥材料 俺们是洛阳做矿山机械的 ')).to.include.members(['洛阳', '矿山']).and.not.include('材料');
      expect(introduced('what paperwork do you need, we are a fabric mill in Shaoxing ')).to.include.members(['fabric', 'mill', 'shaox']).and.not.include('paperwork');
      // The weights are search's to set (it knows which words the content lacks); the analysis keeps them whole.
      expect(new Set(analyzer.analyzeQuery('开户要啥材料 俺们是洛阳的 ', { introduction: true }).terms.map((t) => t.weight))).to.deep.equal(new Set([1]));
      // Asked for by search only: a call's turns are not weighed so.
      expect(analyzer.analyzeQuery('开户要啥材料 俺们是洛阳做矿山机械的 ').introduced).to.equal(undefined);
      // Who the writer is is the question, an introduction is all there is, or no clause introduces.
      for (const q of ['我们是个体户的 能开户吗 ', '我们是香港公司 要什么材料 ', 'we are a sole proprietor business, can we open an account ', '我们是做外贸的 ', '我们做外贸 开户要什么 ']) {
        expect(analyzer.analyzeQuery(q, { introduction: true }).introduced, q).to.equal(undefined);
      }
    });

    it('weighs every word the same when no main question follows a marker (urgent at the end, anyway closing, 算了一下)', () => {
      const weights = (q: string) => new Set(analyzer.analyzeQuery(q).terms.map((t) => t.weight));
      for (const q of ['still not arrived after 3 days, urgent ', 'who refunds the fee that got taken anyway ', '我算了一下 少了25刀 ', 'urgent: account restricted ', '你们还另外扣钱不 ', 'is it also 12 EUR like last time ']) {
        expect([...weights(q)], q).to.deep.equal([1]);
      }
    });

    it('lists a synonym group\'s words as highlight forms', () => {
      const key = analyzer.analyzeQuery('MT103').terms.find((t) => t.kind === 'synonym');
      expect(key?.surfaces).to.include.members(['水单', 'mt103', 'bank slip']);
    });
  });

  describe('spelling correction', () => {
    const texts = ['We received your payment', 'withdraw to your bank', '提现到国内银行卡', '个体户可以开户', '请提供汇款凭证', '收款人名称不一致', '十多天才到账', '几号到账', '来得及吗', '个人账户', 'Remember: your wife, an Iran bank, a Mexican logo, a German IBAN'];
    const vocabulary = new Analyzer({ synonyms, userWords: [...userWords, '个体户'] }).vocabulary(texts, texts);
    const corrected = new Analyzer({ synonyms, userWords: [...userWords, '个体户'], vocabulary });
    const fixes = (q: string) => corrected.analyzeQuery(q).terms.filter((t) => t.kind === 'corrected').map((t) => t.surfaces[0]);

    it('corrects English typos to content words, transpositions included', () => {
      expect(fixes('recieved')).to.deep.equal(['received']);
      expect(fixes('witdraw')).to.deep.equal(['withdraw']);
    });

    it('leaves alone a real English word the content lacks, inflected forms included', () => {
      const content = ['Fees and limits via local rails', 'the transfer was sent to the wrong bank', 'payment cropped or failed', 'reversal of a light fee'];
      const words = new Analyzer({ synonyms, userWords }).vocabulary(content, content);
      const speller = new Analyzer({ synonyms, userWords, vocabulary: words });
      const fixed = (q: string) => speller.analyzeQuery(q).terms.filter((t) => t.kind === 'corrected').map((t) => t.surfaces[0]);
      for (const word of ['visa', 'flight', 'flights', 'fair', 'referral', 'rank', 'spent', 'dropped']) expect(fixed(word), word).to.deep.equal([]);
      expect(fixed('failled')).to.deep.equal(['failed']);
      expect(fixed('reversl')).to.deep.equal(['reversal']);
    });

    it('corrects Chinese homophone typos from a pinyin input method', () => {
      expect(fixes('体现到国内')).to.include('提现');
      expect(fixes('个题户')).to.include('个体户');
      expect(fixes('汇款凭正')).to.include('凭证');
    });

    it('reads pinyin typed for a content word, in one Latin word or two, ü as v', () => {
      expect(fixes('tixian 到国内')).to.include('提现');
      expect(fixes('getihu 可以开户吗')).to.include('个体户');
      expect(fixes('ti xian')).to.include('提现');
      expect(fixes('pingzheng')).to.include('凭证');
      // Real English words and the content's own Latin words are never read as pinyin, nor names:
      // capitalised inside a sentence, or with pinyin's apostrophe (Bao'an is a district, not 报案).
      expect(fixes('received remember')).to.deep.equal([]);
      expect(fixes("a shop in Tixian, near ping'zheng")).to.deep.equal([]);
      expect(fixes('Tixian 到国内')).to.include('提现');
    });

    it('reads a sentence typed in pinyin a syllable at a time: the longest content word of up to four syllables, and no syllable as an English typo', () => {
      // The sample content's vocabulary, which has these words (and SHA, shop, 手续, 续费).
      const sample = (q: string) => sampleKb().kb.analyzer.analyzeQuery(q).terms.filter((t) => t.kind === 'corrected').map((t) => t.surfaces[0]);
      const fees = sample('ti xian shou xu fei duo shao');
      expect(fees).to.include.members(['提现', '手续费', '多少']);
      for (const wrong of ['sha', 'shop', 'show', '手续', '续费']) expect(fees).not.to.include(wrong);
      expect(sample('ying ye zhi zhao guo qi le')).to.include.members(['营业执照', '过期']);
      // Syllables that spell a word the content writes in Latin letters are that word (the
      // English articles' fapiao), not two stray syllables.
      expect(sample('fa piao shen qing yi zhou le hai mei shou dao')).to.include.members(['fapiao', '收到']);
      // Syllables that are English stop words count as typed: shen he is 审核, an quan 安全 (he and an were dropped first).
      expect(sample('shen he yao ji tian')).to.include.members(['审核', '几天']);
      expect(sample('zhang hu an quan ma')).to.include('安全');
      // Not across Chinese between them: shen 审 he is no 审核.
      expect(sample('shen 审 he yao ji tian')).not.to.include('审核');
      // Two syllables are no sentence: the words stay English ones (and may still be typos).
      expect(isSyllablePinyin(['can', 'ban'])).to.equal(false);
      expect(isSyllablePinyin(['can', 'we', 'pay'])).to.equal(false);
      expect(isSyllablePinyin(['hu', 'ming', 'bu', 'dui'])).to.equal(true);
      // Pinyin words of several syllables make no syllable sentence, but once one is read as
      // pinyin (kehu, shou dao), its neighbours that are syllables are no English typos either.
      const mixed = sample('kehu shuo qian yijing hui le wo zhe bian mei shou dao');
      expect(mixed).to.include.members(['客户', '收到']);
      for (const wrong of ['iban', 'shop', 'show']) expect(mixed).not.to.include(wrong);
      expect(sample('what is the bian for the wire')).to.include('iban');
    });

    it('never corrects a stretch that cuts through a word the user wrote whole', () => {
      // 是多 of 是/多少 is not 十多, 机号 of 手机号 not 几号, 来的 of 借来/的 not 来得, 个认 of 那个/认证 not 个人.
      expect(fixes('手续费是多少')).to.deep.equal([]);
      expect(fixes('手机号换了')).to.deep.equal([]);
      expect(fixes('借来的钱')).to.deep.equal([]);
      expect(fixes('我那个认证')).to.deep.equal([]);
    });

    it('still corrects a typo that jieba reads as single characters or as a word of its own', () => {
      expect(fixes('个题户可以开户吗')).to.include('个体户');
      expect(fixes('几好到账')).to.include('几号');
      expect(fixes('体现到国内')).to.include('提现');
    });

    it('reads 会 after an adverb as the modal, not a typo of 汇: 怎么会错 is no 汇错', () => {
      expect(fixes('号码是客户给的 怎么会错')).to.deep.equal([]);
      expect(fixes('不可能会错')).to.deep.equal([]);
      expect(fixes('客户会款了没到')).to.include('汇款');
    });

    it('leaves names and everyday words the word list lacks alone: wifi is no typo of wife, iraq none of iran', () => {
      expect(fixes('wifi密码多少')).to.deep.equal([]);
      // Names: iraq is no typo of iran (a sanctions question about another country), Lagos none of logo.
      for (const q of ['payment from iraq', 'login from Lagos', 'american buyer', 'paid in december', 'my IBAN']) expect(fixes(q), q).to.deep.equal([]);
      // …but a name still reaches its own people in the content.
      expect(fixes('supplier in germany')).to.deep.equal(['german']);
      expect(fixes('wifi recieved')).to.deep.equal(['received']);
      // The words they would have been taken for are one letter away, and a typo of them is still corrected.
      for (const [typo, word] of [['wfie', 'wife'], ['irann', 'iran'], ['logoo', 'logo'], ['mexcan', 'mexican']]) expect(fixes(typo!), typo).to.include(word);
    });

    it('leaves an amount alone: 500k is no typo of a 300k the content writes', () => {
      const content = ['can I withdraw 300k USD in one go', 'a 50k limit', 'USD 100k a year'];
      const words = new Analyzer({ synonyms, userWords }).vocabulary(content, content);
      const speller = new Analyzer({ synonyms, userWords, vocabulary: words });
      const fixed = (q: string) => speller.analyzeQuery(q).terms.filter((t) => t.kind === 'corrected').map((t) => t.surfaces[0]);
      for (const q of ['loan of 500k rmb', 'withdraw 200k usd', '提现50w可以吗', '60k limit']) expect(fixed(q), q).to.deep.equal([]);
    });

    it('never corrects a stop word: 一直 (all along) is not a typo of 一致 (consistent)', () => {
      expect(fixes('一直没到账')).to.deep.equal([]);
      expect(fixes('名称不一至')).to.include('一致');
    });

    it('leaves words the content has alone', () => {
      expect(fixes('received payment')).to.deep.equal([]);
      expect(fixes('提现')).to.deep.equal([]);
    });
  });
});
