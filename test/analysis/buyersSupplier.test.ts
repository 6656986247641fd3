import { expect } from 'chai';
import { inBuyersFrame, withoutBuyersSupplier } from '../../src/analysis/buyersSupplier.js';
import { assist } from '../../src/assist/assist.js';
import { deriveQuery } from '../../src/assist/deriveQuery.js';
import type { Turn } from '../../src/assist/transcript.js';
import { search } from '../../src/query/search.js';
import { sampleKb } from '../support/sampleKb.js';

/** A buyer abroad calls about a payment to "my supplier in China" that came back; the later turns say only "the supplier". */
const RETURNED: Turn[] = [
  { speaker: 'agent', text: 'WhaleSail customer service, how can I help' },
  { speaker: 'customer', text: 'hello, I am calling from Nairobi, my supplier is in China, he makes phone cases' },
  { speaker: 'agent', text: 'I see, what happened' },
  { speaker: 'customer', text: 'I paid the supplier 8000 USD last week from my bank' },
  { speaker: 'customer', text: 'today my bank says the payment came back to my account' },
  { speaker: 'customer', text: 'the supplier wants me to pay again, what should I do' },
];

/** A buyer asks which of our details to pay "a Chinese supplier" with. */
const DETAILS: Turn[] = [
  { speaker: 'agent', text: 'WhaleSail, good morning' },
  { speaker: 'customer', text: 'good morning, I am buying from a Chinese supplier, he gave me your bank details' },
  { speaker: 'customer', text: 'which details should I use to pay the supplier, the account number and swift code' },
];

describe('the buyer\'s supplier (buyersSupplier)', () => {
  it('is in the frame when the supplier is Chinese, in China or a Chinese city, or the writer is the buyer or buys from our customer, and not for a supplier abroad', () => {
    const framed = ['I paid my Chinese supplier', 'our supplier is in China', 'the factory from China got less', 'I am the buyer, the shenzhen seller did not get it', 'supplier in Ningbo still not have money', 'our vendor based in Qingdao',
      'we buy silver plates from your client already 2 years, supplier say nothing come', 'we bought tiles from a company in Foshan',
      'I am buying from Chinese company they use your account', 'I paid forty five thousand dollars to a phosphate company in Jingmen China'];
    for (const text of framed) expect(inBuyersFrame(text), text).to.equal(true);
    for (const text of ['I paid my supplier in Turkey', 'how do I pay an overseas supplier', 'we are your customer\'s supplier in Indonesia', 'our supplier in Hong Kong wants HKD',
      'your customer will pay us EUR', 'we import steel from Turkey, how do I pay the supplier', 'I sent money to a company in Germany']) expect(inBuyersFrame(text), text).to.equal(false);
  });

  it('drops the supplier with its determiner only in the frame', () => {
    expect(withoutBuyersSupplier('I paid my Chinese supplier but it came back')).not.to.match(/supplier|chinese/i);
    expect(withoutBuyersSupplier('I paid my supplier in Turkey')).to.include('supplier');
    expect(withoutBuyersSupplier('the supplier says the details are right', true)).not.to.include('supplier');
  });

  it('leaves a typed query\'s supplier out in the frame, and keeps our customer\'s own supplier', () => {
    const { kb } = sampleKb();
    const terms = (q: string) => kb.analyzer.analyzeQuery(q).terms.map((t) => t.term);
    expect(terms('I paid my Chinese supplier but the money came back')).not.to.include('supplier');
    expect(terms('I paid my supplier in Turkey but the money came back')).to.include('supplier');
  });

  it('reads a whole call in the frame a turn sets: the incoming payment\'s articles outrank paying a supplier abroad', () => {
    const { kb } = sampleKb();
    expect(deriveQuery(kb.analyzer, RETURNED).analysis.terms.map((t) => t.term)).not.to.include('supplier');
    // Both calls had the payout article first when only the turn that sets the frame lost its supplier.
    expect(assist(kb, RETURNED).hits[0]!.id).to.equal('receive-payment-returned');
    expect(assist(kb, DETAILS).hits[0]!.id).to.equal('receive-account-details');
    // Our customer paying abroad still finds the payout article first.
    expect(search(kb, 'how do I pay my supplier in Turkey in EUR', { cache: false }).hits[0]!.id).to.equal('payout-overseas-supplier');
  });
});
