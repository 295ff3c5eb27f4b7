import { describe, expect, it } from 'vitest';
import { joinTriggers } from '../../server/rules/engine';

const hits = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

describe('joined trigger scan', () => {
  it('factors a shared word boundary out of the alternation without changing the matches', () => {
    const re = joinTriggers(['\\b(?:Telefax|Fax)', '\\b(?:schriftlich)']);
    expect(re.source.startsWith('\\b(?:')).toBe(true);
    expect(hits(re, 'per Telefax oder schriftlich, nicht Telefaxe-ähnlich: xschriftlich')).toEqual(['Telefax', 'schriftlich', 'Telefax']);
  });

  it('keeps every trigger whole when one has a top-level alternative the boundary does not cover', () => {
    const re = joinTriggers(['\\bPost', '\\bAushang|[Aa]ushänge']);
    expect(hits(re, 'Aushang, Wandaushänge, Postweg')).toEqual(['Aushang', 'aushänge', 'Post']);
  });
});
