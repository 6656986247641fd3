import { expect } from 'chai';
import { assist } from '../../src/assist/assist.js';
import { bestTurnConfidence } from '../../src/assist/bestTurnConfidence.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
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

describe('bestTurnConfidence()', () => {
  it("is the confidence of the customer's surest turn searched on its own", () => {
    const { kb } = sampleKb();
    const asked = search(kb, QUESTION, { cache: false }).hits[0]!.confidence;
    expect(asked).to.be.above(CALL_CALIBRATION.confidentAt);
    expect(bestTurnConfidence(kb, CALL, 'agent')).to.equal(asked);
  });

  it('does not search what the agent says, and is 0 when no customer turn asks anything', () => {
    const { kb } = sampleKb();
    const agentAsks: Turn[] = [
      { speaker: 'customer', text: '喂 你好' },
      { speaker: 'agent', text: QUESTION },
      { speaker: 'customer', text: '对对对 好的 谢谢' },
    ];
    expect(bestTurnConfidence(kb, agentAsks, 'agent')).to.equal(0);
  });

  it('searches a turn with its personal data masked: a phone number alone asks nothing', () => {
    const { kb } = sampleKb();
    const numbers: Turn[] = [{ speaker: 'customer', text: '手机号 13800123456' }];
    const { maskedTurns } = deriveQuery(kb.analyzer, numbers);
    expect(maskedTurns[0]!.text).to.not.include('13800123456');
    expect(bestTurnConfidence(kb, maskedTurns, 'agent')).to.equal(0);
  });

  it('leaves out a turn longer than a typed query may be, instead of failing the call', () => {
    const { kb } = sampleKb();
    const long: Turn[] = [{ speaker: 'customer', text: `${QUESTION} ${'嗯'.repeat(MAX_QUERY_CHARS)}` }];
    expect(() => search(kb, long[0]!.text)).to.throw();
    expect(bestTurnConfidence(kb, long, 'agent')).to.equal(0);
  });

  it('is what agent assist weighs: a call with a sure turn is surer than the same words without the signal', () => {
    const { kb } = sampleKb();
    const derived = deriveQuery(kb.analyzer, CALL);
    expect(derived.wordyTurns).to.be.above(1);
    const opts = { scope: 'agent' as const, locale: 'zh-CN' as const, limit: 5, fusion: TRANSCRIPT_FUSION_WEIGHTS, calibration: CALL_CALIBRATION, coordination: 0 };
    const withTurn = rankQuery(kb, derived.analysis, { ...opts, turnConfidence: bestTurnConfidence(kb, derived.maskedTurns, 'agent') });
    const without = rankQuery(kb, derived.analysis, { ...opts, turnConfidence: 0 });
    const assisted = assist(kb, CALL);
    expect(assisted.hits.map((h) => [h.id, h.confidence])).to.deep.equal(withTurn.hits.map((h) => [h.id, h.confidence]));
    expect(assisted.hits[0]!.confidence).to.be.above(without.hits[0]!.confidence);
  });
});
