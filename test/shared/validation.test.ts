import { expect } from 'chai';
import * as z from '../../src/shared/zod.js';
import { firstProblem, textUpTo } from '../../src/shared/validation.js';

describe('firstProblem()', () => {
  const schema = z.object({ turns: z.array(z.object({ text: textUpTo(5, 'must be a string') })) });
  const problemOf = (value: unknown, root?: string) => firstProblem(schema.safeParse(value).error!, root);

  it('writes the path the way the input is written, under the given root', () => {
    expect(problemOf({ turns: [{ text: 'ok' }, { text: 3 }] }, 'body')).to.deep.equal({ where: 'body.turns[1].text', message: 'must be a string', tooLong: false });
    expect(problemOf({ turns: [{ text: 3 }] })).to.include({ where: 'turns[0].text' });
  });

  it('says when a text is over its length limit', () => {
    expect(problemOf({ turns: [{ text: 'abcdef' }] })).to.deep.equal({ where: 'turns[0].text', message: 'is 6 characters, the limit is 5', tooLong: true });
  });
});

describe('textUpTo()', () => {
  it('measures UTF-16 units, as the rest of the code does (zod counts code points)', () => {
    const astral = '\u{20000}\u{20000}\u{20000}'; // 3 code points, 6 units
    expect(z.string().max(5).safeParse(astral).success).to.equal(true);
    expect(textUpTo(5, 'text').safeParse(astral).success).to.equal(false);
    expect(textUpTo(6, 'text').safeParse(astral).success).to.equal(true);
  });
});
