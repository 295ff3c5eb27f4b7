import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/retrieval/analyzer';
import { stem } from '../../server/retrieval/normalize';
import { separableVerbs } from '../../server/retrieval/separable';

describe('separable verbs of a question', () => {
  it('joins the particle at the clause end with the verb, also for a changed stem vowel', () => {
    expect(separableVerbs('Schickt mir das Amt den Bescheid zu?')).toContain('zuschicken');
    expect(separableVerbs('Was schreibt das Gesetz vor?')).toContain('vorschreiben');
    expect(separableVerbs('Wann gibt man den Antrag ab, und wer fordert ihn an?')).toEqual(expect.arrayContaining(['abgeben', 'anfordern']));
  });

  it('takes no noun as the verb and no particle that does not end its clause', () => {
    expect(separableVerbs('Der Bescheid geht an das Amt, das ihn prüft.')).toEqual([]);
    expect(separableVerbs('Das Amt schickt den Bescheid zu')).not.toContain('zuamt');
  });

  it('puts the joined verb into the question when the index knows it', () => {
    const a = new Analyzer(new Set(), { decompound: true, synonyms: false, thesaurus: false, concepts: false });
    const vorleg = stem('vorlegen');
    const known = (t: string) => t === vorleg;
    expect(a.analyzeQuery('Legt die Behörde die Akte vor?', known).find((t) => t.term === vorleg)?.weight).toBe(1);
    expect(a.analyzeQuery('Legt die Behörde die Akte vor?', () => false).some((t) => t.term === vorleg)).toBe(false);
  });
});
