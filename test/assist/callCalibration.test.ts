import { expect } from 'chai';
import { assist } from '../../src/assist/assist.js';
import { callCalibration } from '../../src/assist/callCalibration.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
import { CALL_CALIBRATION, QUERY_CALIBRATION } from '../../src/relevance/confidence.js';
import { search } from '../../src/query/search.js';
import { sampleKb } from '../support/sampleKb.js';

describe('callCalibration()', () => {
  it('scores a call whose words come from one turn as a typed query, a longer call as a call', () => {
    expect(callCalibration(0)).to.equal(QUERY_CALIBRATION);
    expect(callCalibration(1)).to.equal(QUERY_CALIBRATION);
    expect(callCalibration(2)).to.equal(CALL_CALIBRATION);
  });

  it('is the rule agent assist applies: a one-line call is as confident as the same typed question', () => {
    const { kb } = sampleKb();
    const text = '钱怎么少了25刀';
    const call = [{ speaker: 'customer' as const, text }];
    expect(deriveQuery(kb.analyzer, call).wordyTurns).to.equal(1);
    const typed = search(kb, text, { cache: false });
    const assisted = assist(kb, call);
    expect(assisted.hits[0]!.id).to.equal(typed.hits[0]!.id);
    expect(assisted.confident).to.equal(typed.confident);
  });
});
