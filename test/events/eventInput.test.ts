import { expect } from 'chai';
import { HttpError } from '../../src/errors.js';
import { parseEventInput } from '../../src/events/eventInput.js';
import type { Scope } from '../../src/types.js';

const ok = { type: 'feedback', articleId: 'fees-charge-codes', helpful: false, reason: 'outdated', comment: 'the fee table is from 2024', searchId: 'c0ffee00-1234-4abc-8def-0123456789ab', locale: 'en' };

describe('parseEventInput()', () => {
  it('accepts the contract shapes', () => {
    expect(parseEventInput({ type: 'open', articleId: 'fees-charge-codes', searchId: 'c0ffee00-1234-4abc-8def-0123456789ab', rank: 2 }, 'agent')).to.deep.equal({ type: 'open', articleId: 'fees-charge-codes', searchId: 'c0ffee00-1234-4abc-8def-0123456789ab', rank: 2 });
    expect(parseEventInput({ type: 'copy', articleId: 'fees-charge-codes' }, 'agent').type).to.equal('copy');
    expect(parseEventInput(ok, 'public')).to.deep.equal(ok);
    expect(parseEventInput({ type: 'feedback', articleId: 'a', helpful: true }, 'public')).to.deep.equal({ type: 'feedback', articleId: 'a', helpful: true });
  });

  const cases: Array<[string, unknown, Scope, RegExp]> = [
    ['not an object', 'open', 'agent', /body/],
    ['an unknown type', { type: 'like', articleId: 'a' }, 'agent', /"type" must be one of: open, copy, feedback/],
    ['copy on the public API', { type: 'copy', articleId: 'a' }, 'public', /"type" must be one of: open, feedback/],
    ['no article', { type: 'open' }, 'agent', /"articleId"/],
    ['an article id that is not an id', { type: 'open', articleId: '../etc/passwd' }, 'agent', /"articleId" must be an article id/],
    ['helpful as text', { type: 'feedback', articleId: 'a', helpful: 'yes' }, 'agent', /"helpful".*boolean/],
    ['an unknown reason', { type: 'feedback', articleId: 'a', helpful: false, reason: 'ugly' }, 'agent', /"reason" must be one of: outdated, wrong/],
    ['a reason with helpful', { type: 'feedback', articleId: 'a', helpful: true, reason: 'wrong' }, 'agent', /"reason" a reason is for "not helpful" only/],
    ['a comment over 500 characters', { type: 'feedback', articleId: 'a', helpful: false, comment: 'x'.repeat(501) }, 'public', /"comment".*500/],
    ['a searchId that is not one the API returned', { type: 'open', articleId: 'a', searchId: '13812345678' }, 'agent', /"searchId" must be a searchId/],
    ['a rank of 0', { type: 'open', articleId: 'a', rank: 0 }, 'agent', /"rank"/],
    ['an unknown locale', { type: 'open', articleId: 'a', locale: 'fr' }, 'agent', /"locale"/],
    ['an extra field (an IP, a name)', { type: 'open', articleId: 'a', ip: '10.0.0.1' }, 'agent', /Unrecognized key: "ip"/],
  ];
  for (const [what, body, scope, message] of cases) {
    it(`answers 400 event.invalid with a hint for ${what}`, () => {
      let err: unknown;
      try {
        parseEventInput(body, scope);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(HttpError);
      expect(err).to.include({ status: 400, code: 'event.invalid' });
      expect((err as HttpError).message).to.match(message);
      expect((err as HttpError).hint).to.match(/^send \{"type":"open"/);
    });
  }
});
