import { expect } from 'chai';
import { Analyzer } from '../../src/analysis/analyzer.js';
import { hasLookalikeAddress } from '../../src/analysis/lookalikeAddress.js';

describe('hasLookalikeAddress()', () => {
  it('finds a name joined to a security word by a hyphen, in a link or a mail address', () => {
    expect(hasLookalikeAddress('Verify within 24 hours at http://whalesail-secure-login.top/verify')).to.equal(true);
    expect(hasLookalikeAddress('[WhaleSail] Your account has been suspended. Verify now at whalesail-verify.com')).to.equal(true);
    expect(hasLookalikeAddress('邮件发件人 support@whalesai1-service.com 是不是你们')).to.equal(true);
  });

  it('finds a digit standing for a letter inside a name, next to Chinese too', () => {
    expect(hasLookalikeAddress('链接是whalesa1l.com 是你们发的吗')).to.equal(true);
    expect(hasLookalikeAddress('from support@whalesai1.net')).to.equal(true);
  });

  it('leaves plain addresses, file names, numbers and hyphenated names without a security word', () => {
    for (const text of [
      'how do I reset my Alibaba.com password',
      'why is the rate so different from xe.com',
      'our mail server is mail2.example.com',
      'I attached MT103.pdf and invoice-2291.pdf',
      'our support address support@whalesail.example',
      'paid 8.400,00 EUR, 10.5 hours ago',
      'see www.sino-trade.cn for our products',
      'version 1.0.3 of the app',
    ]) expect(hasLookalikeAddress(text), text).to.equal(false);
  });
});

describe('Analyzer#analyzeQuery() and addresses', () => {
  const synonyms = { groups: [['钓鱼', 'phishing', 'scam email']], terms: [] };
  const terms = (analyzer: Analyzer, q: string) => analyzer.analyzeQuery(q).terms;

  it('infers phishing from a lookalike address, and nothing from a plain one', () => {
    const analyzer = new Analyzer({ synonyms, userWords: Analyzer.userWords(synonyms, []) });
    expect(terms(analyzer, 'is http://whalesail-secure-login.top yours?')).to.deep.include({ term: 'syn:钓鱼', kind: 'inferred', surfaces: ['钓鱼', 'phishing', 'scam email'], weight: 1 });
    expect(terms(analyzer, 'reset my alibaba.com password').map((t) => t.term)).not.to.include('syn:钓鱼');
  });

  it('infers nothing for content with no phishing group', () => {
    const analyzer = new Analyzer({ synonyms: { groups: [], terms: [] }, userWords: [] });
    expect(terms(analyzer, 'is http://whalesail-secure-login.top yours?').map((t) => t.kind)).not.to.include('inferred');
  });
});
