import { describe, expect, it } from 'vitest';
import { alreadyFollows } from '../../server/rules/rewrite/consistency';
import { applyOps, type Op } from '../../server/rules/rewrite/ops';

/**
 * The rewrite of one Absatz reads the text joined so far and the rest of the Absatz once per edit; with hundreds of
 * edits in an Absatz of 200,000 characters (a hostile upload) that was quadratic. These pin that the bounded reads
 * decide as the whole-text reads did, also where the needed part lies beyond the first look.
 */
describe('rewrite reads only what it needs', () => {
  it('alreadyFollows finds the words behind a long run of spaces and punctuation, and not in a shorter rest', () => {
    expect(alreadyFollows(`${' '.repeat(500)}oder ${'- '.repeat(300)}elektronisch zu stellen`, 'oder elektronisch')).toBe(true);
    expect(alreadyFollows(' oder Elektronisch', 'oder elektronisch')).toBe(true);
    expect(alreadyFollows(' oder elektro', 'oder elektronisch')).toBe(false);
    expect(alreadyFollows(`${' '.repeat(500)}und schriftlich`, 'oder elektronisch')).toBe(false);
  });

  it('applyOps joins pieces by the end of the text joined so far, however long it is', () => {
    const piece = 'Der Antrag ist schriftlich zu stellen. ';
    const text = piece.repeat(300);
    const ops: Op[] = Array.from({ length: 300 }, (_, i) => {
      const end = i * piece.length + piece.indexOf('schriftlich') + 'schriftlich'.length;
      return { kind: 'insertAfter', start: end - 'schriftlich'.length, end, text: 'schriftlich oder elektronisch', words: 'oder elektronisch', findingIds: [], categories: ['schriftform'] };
    });
    expect(applyOps(text, ops)).toBe('Der Antrag ist schriftlich oder elektronisch zu stellen. '.repeat(300));
  });
});
