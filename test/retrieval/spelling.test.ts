import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { listSources, loadSource } from '../../server/retrieval/sources';
import { boundedDistance, SpellingCorrector } from '../../server/retrieval/spelling';

describe('bounded Damerau-Levenshtein distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedDistance('unterschirft', 'unterschrift', 2)).toBe(1);
    expect(boundedDistance('schrifform', 'schriftform', 1)).toBe(1);
    expect(boundedDistance('form', 'form', 1)).toBe(0);
  });

  it('stops at the bound instead of computing far distances', () => {
    expect(boundedDistance('schriftform', 'zustellung', 1)).toBe(2);
    expect(boundedDistance('antrag', 'antragstellerin', 2)).toBe(3);
  });
});

describe('spelling corrector', () => {
  const counts: Record<string, number> = { schriftform: 50, schriftformen: 2, unterschrift: 40, elektronische: 80, persönlich: 30, persönliche: 25, antrag: 90 };
  const corrector = new SpellingCorrector(Object.keys(counts), (w) => counts[w] ?? 0);

  it('corrects a misspelt word to the closest vocabulary word', () => {
    expect(corrector.correct('schrifform')).toBe('schriftform');
    expect(corrector.correct('unterschirft')).toBe('unterschrift');
    expect(corrector.correct('elektronsiche')).toBe('elektronische');
    expect(corrector.correct('persönlcih')).toBe('persönlich');
  });

  it('prefers the more frequent of equally close words', () => {
    // "meldung" and "meldunx" are both one edit from "meldunq"
    expect(new SpellingCorrector(['meldung', 'meldunx'], (w) => (w === 'meldung' ? 5 : 1)).correct('meldunq')).toBe('meldung');
    expect(new SpellingCorrector(['meldung', 'meldunx'], (w) => (w === 'meldunx' ? 5 : 1)).correct('meldunq')).toBe('meldunx');
  });

  it('leaves known, short and far-off words alone', () => {
    expect(corrector.correct('schriftform')).toBeUndefined();
    expect(corrector.correct('antrg')).toBeUndefined();
    expect(corrector.correct('wetterbericht')).toBeUndefined();
    // distance 2 only for words of ten letters or more
    expect(corrector.correct('persnlcih')).toBeUndefined();
  });
});

describe('typo tolerance in search', () => {
  const docs = listSources([join(__dirname, '../fixtures/retrieval-corpus')]).map(loadSource);
  const index = createSearchIndexFromDocuments(docs);
  const sections = (q: string, k = 5) => index.search(q, { k, kinds: ['law'] }).map((h) => `${h.law} ${h.section}`);

  it('finds the Schriftform provisions for a misspelt question', () => {
    expect(index.correctSpelling('schrifform Antrag')).toBe('schriftform Antrag');
    expect(sections('schrifform Antrag')).toEqual(expect.arrayContaining(['VwVfG § 3a']));
    expect(sections('schrifform Antrag')).toEqual(expect.arrayContaining(['BGB § 126']));
  });

  it('never corrects abbreviations, numbers or words the index knows', () => {
    expect(index.correctSpelling('§ 3a VwVfG NKomVX 123456 Schriftform')).toBe('§ 3a VwVfG NKomVX 123456 Schriftform');
  });
});
