import { expect } from 'chai';
import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import { assist } from '../../src/assist/assist.js';
import { deriveQuery, TURN_WEIGHTS } from '../../src/assist/deriveQuery.js';
import { surestTurn } from '../../src/assist/surestTurn.js';
import type { Turn } from '../../src/assist/transcript.js';
import { MAX_QUERY_CHARS, rankQuery, search } from '../../src/query/search.js';
import { CALL_CALIBRATION } from '../../src/relevance/confidence.js';
import { TRANSCRIPT_FUSION_WEIGHTS } from '../../src/relevance/relevanceModel.js';
import { sampleKb } from '../support/sampleKb.js';

const QUESTION = '买家付了一万美金 到账少了25刀 被谁扣了';

/** A call whose customer asks one clear question among small talk, the account check and a closing. */
const CALL: Turn[] = [
  { speaker: 'agent', text: '您好 鲸帆客服 请问有什么可以帮您' },
  { speaker: 'customer', text: '喂 你好 我想问一下啊' },
  { speaker: 'agent', text: '好的 麻烦报一下您的注册手机号' },
  { speaker: 'customer', text: '一三八 零零一二 三四五六' },
  { speaker: 'customer', text: QUESTION },
  { speaker: 'agent', text: '明白 我帮您查一下' },
  { speaker: 'customer', text: '好的 谢谢' },
];

describe('surestTurn()', () => {
  it("is the customer's turn whose top hit is surest searched on its own, with that confidence", () => {
    const { kb } = sampleKb();
    const typed = search(kb, QUESTION, { cache: false });
    const asked = typed.hits[0]!.confidence;
    expect(asked).to.be.above(CALL_CALIBRATION.confidentAt);
    expect(typed.confident).to.equal(true);
    expect(surestTurn(kb, CALL, 'agent')).to.deep.equal({ index: 4, confidence: asked, confident: true });
  });

  it('does not search what the agent says, and is none when no customer turn asks anything', () => {
    const { kb } = sampleKb();
    const agentAsks: Turn[] = [
      { speaker: 'customer', text: '喂 你好' },
      { speaker: 'agent', text: QUESTION },
      { speaker: 'customer', text: '对对对 好的 谢谢' },
    ];
    expect(surestTurn(kb, agentAsks, 'agent')).to.deep.equal({ index: -1, confidence: 0, confident: false });
  });

  it('searches a turn with its personal data masked: a phone number alone asks nothing', () => {
    const { kb } = sampleKb();
    const numbers: Turn[] = [{ speaker: 'customer', text: '手机号 13800123456' }];
    const { maskedTurns } = deriveQuery(kb.analyzer, numbers);
    expect(maskedTurns[0]!.text).to.not.include('13800123456');
    expect(surestTurn(kb, maskedTurns, 'agent').confidence).to.equal(0);
  });

  it('leaves out a turn longer than a typed query may be, instead of failing the call', () => {
    const { kb } = sampleKb();
    const long: Turn[] = [{ speaker: 'customer', text: `${QUESTION} ${'嗯'.repeat(MAX_QUERY_CHARS)}` }];
    expect(() => search(kb, long[0]!.text)).to.throw();
    expect(surestTurn(kb, long, 'agent').index).to.equal(-1);
  });
});

describe('agent assist and the surest turn', () => {
  const opts = { scope: 'agent' as const, locale: 'zh-CN' as const, limit: 5, fusion: TRANSCRIPT_FUSION_WEIGHTS, calibration: CALL_CALIBRATION, coordination: 0 };

  it("weighs its confidence in the call's: a call with a sure turn is surer than the same query without the signal", () => {
    const { kb } = sampleKb();
    const surest = surestTurn(kb, CALL, 'agent');
    const derived = deriveQuery(kb.analyzer, CALL, surest.index);
    expect(derived.wordyTurns).to.be.above(1);
    const withTurn = rankQuery(kb, derived.analysis, { ...opts, call: { turn: surest.confidence, declined: 0 } });
    const without = rankQuery(kb, derived.analysis, { ...opts, call: { turn: 0, declined: 0 } });
    const assisted = assist(kb, CALL);
    expect(assisted.hits.map((h) => [h.id, h.confidence])).to.deep.equal(withTurn.hits.map((h) => [h.id, h.confidence]));
    expect(assisted.hits[0]!.confidence).to.be.above(without.hits[0]!.confidence);
  });

  it('derives the anchored query from the first derivation\'s analyses, to the same result as analysing again', () => {
    const { kb } = sampleKb();
    const analysed = new Map<string, QueryAnalysis>();
    const first = deriveQuery(kb.analyzer, CALL, -1, analysed);
    expect(analysed.size).to.be.above(0);
    const anchor = surestTurn(kb, first.maskedTurns, 'agent').index;
    const reused = deriveQuery(kb.analyzer, CALL, anchor, analysed);
    expect(JSON.stringify(reused)).to.equal(JSON.stringify(deriveQuery(kb.analyzer, CALL, anchor)));
  });

  it('keeps the surest turn in the query when later turns would have pushed it out', () => {
    const { kb } = sampleKb();
    // The problem said once, early, then a long story about the shipment and the factory.
    const story = ['这批货是发到拉各斯的 走的海运', '工厂那边工人也在等着发工资', '我们老板天天问我钱到哪了', '客户说他银行那边早就扣款了', '这个客户合作三年了 一直都挺准时的', '上次也是拖了一个礼拜才到'];
    // The opening (the first turn with a topic, which keeps a weight of its own) is who is calling,
    // after a bad line: more turns than a call's query reads (TURN_WEIGHTS.window).
    const badLine = Array.from({ length: 12 }, (): Turn[] => [
      { speaker: 'customer', text: '喂 喂' },
      { speaker: 'agent', text: '您好 听得到吗' },
    ]).flat();
    const call: Turn[] = [
      ...badLine,
      { speaker: 'customer', text: '我们是汕头做玩具的工厂' },
      { speaker: 'customer', text: QUESTION },
      ...story.flatMap((text): Turn[] => [
        { speaker: 'agent', text: '嗯 您说' },
        { speaker: 'customer', text },
      ]),
    ];
    expect(call.length).to.be.above(TURN_WEIGHTS.window);
    const read = deriveQuery(kb.analyzer, call).maskedTurns;
    const surest = surestTurn(kb, read, 'agent');
    expect(read[surest.index]!.text).to.equal(QUESTION);
    const anchored = deriveQuery(kb.analyzer, call, surest.index).analysis.terms;
    const asked = kb.analyzer.analyzeQuery(QUESTION).terms.filter((t) => t.kind === 'han').map((t) => t.term);
    const weightOf = (terms: typeof anchored, term: string) => terms.find((t) => t.term === term)?.weight ?? 0;
    const plainTerms = deriveQuery(kb.analyzer, call).analysis.terms;
    // Every word of the question weighs at least as much with the anchor, and some more.
    for (const term of asked) expect(weightOf(anchored, term), term).to.be.at.least(weightOf(plainTerms, term));
    expect(asked.some((term) => weightOf(anchored, term) > weightOf(plainTerms, term))).to.equal(true);
  });
});
