import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../../server/rules/vocabulary';

const hits = (terms: string[], text: string) => [...text.matchAll(compileVocabulary(terms))].map((m) => m[0]);

describe('trigger vocabulary notation', () => {
  it('~ takes both cases of the first letter, {…} the listed endings only', () => {
    expect(hits(['~schriftlich{e,en}'], 'Schriftlich, schriftlichen, schriftliches, unschriftlich')).toEqual(['Schriftlich', 'schriftlichen']);
  });

  it('* continues the word, a phrase matches across any whitespace and wins over its first word', () => {
    expect(hits(['Telefax*', 'Einschreiben', 'Einschreiben mit Rückschein'], 'per Telefaxe oder Einschreiben\nmit   Rückschein; Einschreiben')).toEqual([
      'Telefaxe',
      'Einschreiben\nmit   Rückschein',
      'Einschreiben',
    ]);
  });

  it('shares prefixes without losing a word, and finds words that begin with an umlaut', () => {
    const terms = ['Eingangsstempel*', 'Einreisestempel*', 'Einschreiben', 'Überweisungsträger{s}'];
    expect(compileVocabulary(terms).source).toContain('Ein(?:');
    expect(hits(terms, 'Einreisestempel, Eingangsstempels, Einschreiben, mit dem Überweisungsträgers, Rücküberweisungsträger')).toEqual([
      'Einreisestempel',
      'Eingangsstempels',
      'Einschreiben',
      'Überweisungsträgers',
    ]);
  });

  it('rejects an entry that does not begin with a letter', () => {
    expect(() => compileVocabulary(['*stempel'])).toThrow(/Buchstaben/);
  });
});
