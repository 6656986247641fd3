import { expect } from 'chai';
import type { QueryAnalysis } from '../../src/analysis/analyzer.js';
import { escapeHtml } from '../../src/shared/html.js';
import { FormFinder, formKind } from '../../src/query/formFinder.js';
import { highlightPatterns, passageSources, renderPassage } from '../../src/query/snippet.js';
import { LOCALES } from '../../src/types.js';
import { sampleKb } from '../support/sampleKb.js';

/** Every code point whose simple case folding differs from it: the only ones `iu` matches to another character. */
function changesWhenCasefolded(): string[] {
  const found: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (/\p{Changes_When_Casefolded}/u.test(c)) found.push(c);
  }
  return found;
}

/** What highlighting was with one regex over every form (the reference). */
function oneRegex(text: string, query: QueryAnalysis): string {
  const patterns = highlightPatterns(query);
  const trimmed = text.trim();
  if (!patterns) return escapeHtml(trimmed.length <= 140 ? trimmed : `${trimmed.slice(0, 140)}…`);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mark = new RegExp(patterns.forms.map((f) => (/^[a-z]/.test(f) ? `\\b${escape(f)}[a-z]*` : escape(f))).join('|'), 'giu');
  let clipped = trimmed;
  if (trimmed.length > 140) {
    const start = Math.max(0, Math.min(trimmed.search(mark) - 30, trimmed.length - 140));
    clipped = `${start > 0 ? '…' : ''}${trimmed.slice(start, start + 140)}${start + 140 < trimmed.length ? '…' : ''}`;
  }
  let out = '';
  let last = 0;
  for (const m of clipped.matchAll(mark)) {
    out += `${escapeHtml(clipped.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(clipped.slice(last));
}

function analysisOf(surfaces: string[], prefix?: string): QueryAnalysis {
  return { terms: surfaces.map((s) => ({ term: s.toLowerCase(), kind: 'latin', surfaces: [s], weight: 1 })), grams: [], ...(prefix && { partial: { prefix } }) } as QueryAnalysis;
}

describe('highlighting', () => {
  it('treats as caseless only characters that `iu` matches to nothing else, and ASCII as matched only by ASCII, K and ſ', () => {
    const folding = changesWhenCasefolded().join('');
    // No character folds to, or from, a Han character or an ASCII digit.
    expect(folding.match(/[\p{Script=Han}0-9]/giu)).to.equal(null);
    // The non-ASCII characters `iu` matches to ASCII: the Kelvin sign (lowercased to k) and the long s.
    expect([...folding].filter((c) => c.charCodeAt(0) > 0x7f && /[\x00-\x7f]/iu.test(c))).to.deep.equal(['\u017f', '\u212a']);
    expect('\u212a'.toLowerCase()).to.equal('k');
  });

  it('marks what one regex over every form marked, on tricky texts', () => {
    const texts = [
      'USD and usd and Usd, us dollars, US DOLLAR',
      '\u017ftatus of the SWIFT payment; Kelvin \u212a and \u212aYC',
      'İstanbul branch, ıd check, İD',
      '中转行扣费 25 美元，退回 10000 USD',
      'received receivedly Received-RECEIVED',
      'nothing here at all',
      `${'长'.repeat(150)} 中转行 end`,
      `${'x '.repeat(100)}kyc pending`,
      '_kyc 1kyc \u017fkyc \u212akyc ékyc -kyc kycs KYC\u017f kyc',
      'café Café CAFÉ cafés, the KYC of a café',
      '𠀀中转行 𠀀 中转𠀀行 25𠀀',
    ];
    const queries = [
      analysisOf(['usd', 'us dollar', 'received']),
      analysisOf(['status', 'kyc', 'kelvin']),
      analysisOf(['istanbul', 'id']),
      analysisOf(['中转行', '美元', '25', '10000', '退回']),
      analysisOf(['中转', 'swift'], 'pay'),
      analysisOf(['到'], undefined),
      analysisOf(['kyc', 'pending', '长长']),
      analysisOf(['café', 'kyc']),
      analysisOf(['𠀀', '中转行', '25']),
    ];
    for (const q of queries) for (const t of texts) expect(renderPassage(t, highlightPatterns(q)), `${t} / ${q.terms.map((x) => x.surfaces[0]).join(' ')}`).to.equal(oneRegex(t, q));
  });

  it('marks what one regex over every form marked, for the dev queries over every passage of the sample', () => {
    const { kb } = sampleKb();
    const passages = kb.ids('agent').flatMap((id) => LOCALES.flatMap((l) => passageSources(kb.article(id, l, 'agent')!).map((p) => p.text)));
    for (const query of ['中转行扣了我25刀', 'kyc pending three days', '喂你好 我那个美国客户说他那边付了一万二美金 但是我这边到现在还没看到入账', 'Recall a payment sent twice', 'SWIFT MT103']) {
      const analysis = kb.analyzer.analyzeQuery(query);
      for (const p of passages) expect(renderPassage(p, highlightPatterns(analysis)), `${query} / ${p}`).to.equal(oneRegex(p, analysis));
    }
  });

  it('finds with a finder used again after another chose its forms (the finders share a table of first characters)', () => {
    const finderOf = (forms: string[]) => {
      const finder = new FormFinder(forms, forms.map(formKind));
      finder.clear();
      forms.forEach((_, i) => finder.add(i));
      finder.ready();
      return finder;
    };
    const usd = finderOf(['usd', '中转行']);
    const text = 'Fee: 25 USD, 中转行 and kyc';
    expect(usd.find(text, 0)).to.equal(8);
    const kyc = finderOf(['kyc', '中国']);
    expect(kyc.find(text, 0)).to.equal(21);
    // `kyc` marked 中 after `usd` did: `usd` still finds both its forms, and `kyc` only its own.
    expect(usd.find(text, 0)).to.equal(8);
    expect(usd.find(text, usd.end)).to.equal(13);
    expect(kyc.find(text, 0)).to.equal(21);
  });
});
