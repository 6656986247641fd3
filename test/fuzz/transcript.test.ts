import { expect } from 'chai';
import fc from 'fast-check';
import { assist } from '../../src/assist/assist.js';
import { extractEntities } from '../../src/assist/entities.js';
import { MASK, maskPersonalData } from '../../src/assist/personalData.js';
import { parseTranscript, transcriptFromText } from '../../src/assist/transcript.js';
import { MAX_TURN_CHARS } from '../../src/assist/transcriptText.js';
import { QueryError } from '../../src/errors.js';
import { readKnowledgeBase } from '../../src/store/knowledgeBaseFile.js';
import { sampleKb } from '../support/sampleKb.js';
import { fuzzParams, hugeText, nastyText, typedErrorsOnly } from '../support/fuzz.js';

const speaker = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('customer', 'agent') }, { weight: 1, arbitrary: fc.anything() });
const turnText = fc.oneof({ weight: 5, arbitrary: nastyText() }, { weight: 1, arbitrary: hugeText(MAX_TURN_CHARS - 2, MAX_TURN_CHARS + 2) });
/** Mostly well-formed turns with hostile text, sometimes anything at all. */
const rawTurn = fc.oneof(
  { weight: 6, arbitrary: fc.record({ speaker, text: turnText, at: fc.option(fc.oneof(fc.string(), fc.double(), fc.anything()), { nil: undefined }) }, { requiredKeys: ['speaker', 'text'] }) },
  { weight: 1, arbitrary: fc.anything() },
);

describe('transcripts under hostile input (property-based)', () => {
  it('parseTranscript() returns valid turns or throws a QueryError', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: fc.array(rawTurn, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.anything() }), (value) => {
        const turns = typedErrorsOnly(() => parseTranscript(value));
        if (turns instanceof Error) {
          expect(turns).to.be.instanceOf(QueryError);
          expect(turns.message).to.match(/^transcript/);
          return;
        }
        for (const t of turns) {
          expect(['customer', 'agent']).to.include(t.speaker);
          expect(t.text).to.be.a('string');
          expect(t.text.length).to.be.at.most(MAX_TURN_CHARS);
        }
      }),
      fuzzParams(300),
    );
  });

  it('transcriptFromText() never throws and gives one-line turns with a speaker', () => {
    const label = fc.constantFrom('customer: ', 'agent:', '坐席：', '客户： ', 'C:', 'a : ', 'Customer：', '');
    const line = fc.tuple(label, nastyText(10)).map(([l, t]) => l + t);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        for (const t of transcriptFromText(lines.join(eol))) {
          expect(['customer', 'agent']).to.include(t.speaker);
          expect(t.text).not.to.match(/\r?\n/);
        }
      }),
      fuzzParams(300),
    );
  });

  it('assist() on any valid transcript returns known articles, each once', () => {
    const { file, kb } = sampleKb();
    const ids = new Set(readKnowledgeBase(file).articles.map((a) => a.id));
    const validTurn = fc.record({ speaker: fc.constantFrom('customer' as const, 'agent' as const), text: fc.oneof(nastyText(), hugeText(1000, MAX_TURN_CHARS)) });
    fc.assert(
      fc.property(fc.array(validTurn, { maxLength: 15 }), (turns) => {
        const result = assist(kb, turns);
        const hitIds = result.hits.map((h) => h.id);
        for (const id of hitIds) expect(ids.has(id), `${id} is not a known article`).to.equal(true);
        expect(new Set(hitIds).size).to.equal(hitIds.length);
        expect(result.query).to.be.a('string');
      }),
      fuzzParams(80),
    );
  });
});

describe('masking and entities on long runs (found by fuzzing)', () => {
  // Both used to try a match at every position inside a run of digits or letters, which
  // is quadratic: a 2,000-character turn of digits cost tens of milliseconds, and these
  // runs took over a minute. Now they take milliseconds; the timeout is only a ceiling.
  it('scan a 50,000-character run once, and still find what ends it', function () {
    this.timeout(120_000);
    for (const unit of ['1', '1,', 'x', 'a.']) {
      const text = unit.repeat(50_000 / unit.length);
      expect(maskPersonalData(text).text, unit).to.equal(text);
      expect(extractEntities(text).entities, unit).to.deep.equal([]);
    }
    expect(maskPersonalData(`${'x'.repeat(50_000)}@example.com`).text).to.equal('[EMAIL]');
    expect(extractEntities(`${'1'.repeat(50_000)} USD`).entities).to.have.length(1).and.to.have.nested.property('[0].currency', 'USD');
  });

  // A label or SWIFT followed by a long run of spaces: every split of the run was tried
  // (seconds for 2,000 spaces after 卡号; 2,000 spaces alone never finished for SWIFT codes).
  it('match a long run of spaces one way only', function () {
    this.timeout(120_000);
    const spaces = ' '.repeat(8000);
    expect(extractEntities(spaces).entities).to.deep.equal([]);
    expect(extractEntities(`SWIFT${spaces}CHASUS33`).entities).to.deep.equal([{ type: 'swift_bic', text: 'CHASUS33', value: 'CHASUS33' }]);
    expect(`卡号${spaces}x`.replace(MASK, '#')).to.equal(`卡号${spaces}x`);
    expect(`card${spaces}x`.replace(MASK, '#')).to.equal(`card${spaces}x`);
    expect('卡号 是：[CARD_OR_ACCOUNT], phone number is: [PHONE]'.replace(MASK, '#')).to.equal('#, #');
  });
});
