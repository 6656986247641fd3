import { expect } from 'chai';
import { KbError } from '../../../src/errors.js';
import { trustProxyFrom } from '../../../src/server/http/trustProxy.js';

describe('trustProxyFrom() (KB_TRUST_PROXY)', () => {
  const good: Array<[string | undefined, number | string[] | undefined]> = [
    [undefined, undefined],
    ['  ', undefined],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.5, 10.0.1.0/24,::1,fd00::/8', ['10.0.0.5', '10.0.1.0/24', '::1', 'fd00::/8']],
  ];
  for (const [raw, expected] of good) {
    it(`reads ${JSON.stringify(raw)}`, () => expect(trustProxyFrom(raw)).to.deep.equal(expected));
  }

  for (const raw of ['true', '*', '10.0.0.0/33', '10.0.0.1/8/1', 'proxy.example.com', '10.0.0.256']) {
    it(`refuses ${JSON.stringify(raw)}, naming the variable and the entry`, () => {
      let err: unknown;
      try {
        trustProxyFrom(raw);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(KbError);
      expect(err).to.include({ code: 'config.bad-trust-proxy' });
      expect((err as KbError).message).to.match(/^KB_TRUST_PROXY: ".+" is not an address/);
    });
  }
});
