import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { Analyzer } from '../../server/retrieval/analyzer';
import { compileConcepts, parseConcepts, parseFraming, shippedExpansion, Thesaurus } from '../../server/retrieval/expansion';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { stem } from '../../server/retrieval/normalize';
import { scopeFactors } from '../../server/retrieval/query-scope';
import { TUNING } from '../../server/retrieval/tuning';

const WEIGHTS = { negated: 0.5, excluded: 0, framing: 0.3 };
const FRAMING = parseFraming(['gesetzentwurf* zum digital*', 'digitaler machen'].join('\n'));
const factors = (q: string) => Object.fromEntries(scopeFactors(q, FRAMING, WEIGHTS));

describe('negated and framing words of a question (query-scope)', () => {
  it('scopes a negation over the following noun phrase', () => {
    expect(factors('Wir setzen Bürger ohne Bezahlung als Beisitzer ein')).toEqual({ bezahlung: 0.5 });
    expect(factors('Ein Antrag ohne eigenhändige Unterschrift')).toEqual({ eigenhändige: 0.5, unterschrift: 0.5 });
    expect(factors('Die Gemeinde hat keinen Computer')).toEqual({ computer: 0.5 });
  });

  it('drops the words of a parenthesised negation: an aside that excludes a matter', () => {
    expect(factors('In einem förmlichen Verfahren (keine Planfeststellung) mit Termin')).toEqual({ planfeststellung: 0 });
    expect(factors('Die Zuständigkeit (nicht die Gemeinde) liegt beim Land')).toEqual({ gemeinde: 0 });
    // one part of a parenthesised list may exclude; the other parts stay the question's words
    expect(factors('Wann wirkt der Bescheid (allgemeines Verfahrensrecht, nicht Steuer- oder Sozialrecht)')).toEqual({ steuer: 0, oder: 0, sozialrecht: 0 });
    // "(ohne …)" describes the case rather than excluding a matter: the plain negation scope
    expect(factors('Ein Antrag per E-Mail (ohne Unterschrift) ist eingegangen')).toEqual({ unterschrift: 0.5 });
  });

  it('leaves "ohne dass …" clauses alone: their subject is usually the question\'s', () => {
    expect(factors('Darf das Programm entscheiden, ohne dass ein Sachbearbeiter draufschaut?')).toEqual({});
  });

  it('keeps a word at full weight when the question also uses it outside the negation', () => {
    expect(factors('Wie ersetze ich die Unterschrift, wenn der Antrag ohne Unterschrift kommt?')).toEqual({});
  });

  it('marks the words of a framing phrase, not the subject inside the sentence', () => {
    expect(factors('Für einen Gesetzentwurf zum digitalen Forderungshandel: wer zahlt?')).toEqual({ gesetzentwurf: 0.3, zum: 0.3, digitalen: 0.3 });
    expect(factors('Wir wollen den Wohnungskauf digitaler machen')).toEqual({ digitaler: 0.3, machen: 0.3 });
  });

  it('the shipped framing list parses', () => {
    expect(shippedExpansion().framing!.length).toBeGreaterThan(5);
  });
});

describe('the analyzer weighs scoped words and what they expand to', () => {
  const concepts = compileConcepts(parseConcepts(['rechnung* digital\telektronische Rechnung', 'ohne papier\telektronisches Dokument', 'bezahl*\tGebühren'].join('\n')));
  const a = new Analyzer(new Set(), { decompound: false, synonyms: false }, { thesaurus: new Thesaurus([]), concepts, framing: FRAMING });
  const weight = (q: string, word: string) => a.analyzeQuery(q, () => true, [], undefined, [], a.scopeFactors(q)).find((t) => t.term === stem(word))?.weight ?? 0;

  it('a negated word and its concept terms count less; an excluded word not at all', () => {
    expect(weight('Beisitzer ohne Bezahlung', 'bezahlung')).toBe(TUNING.negatedWeight);
    expect(weight('Beisitzer ohne Bezahlung', 'gebühren')).toBeCloseTo(TUNING.conceptWeight * TUNING.negatedWeight);
    expect(weight('Bezahlung der Beisitzer', 'gebühren')).toBe(TUNING.conceptWeight);
    expect(weight('Termin (keine Planfeststellung)', 'planfeststellung')).toBe(0);
  });

  it('a concept entry that names the negation itself counts fully ("ohne Papier")', () => {
    expect(weight('Vertrag ohne Papier schließen', 'dokument')).toBe(TUNING.conceptWeight);
  });

  it('a concept entry triggered through a framing word counts as little as that word', () => {
    expect(weight('Gesetzentwurf zum digitalen Handel: die Rechnung weitergeben', 'rechnung')).toBe(1);
    expect(weight('Gesetzentwurf zum digitalen Handel: die Rechnung weitergeben', 'elektronische')).toBeCloseTo(TUNING.conceptWeight * TUNING.framingWeight);
    expect(weight('Die Rechnung digital schicken', 'elektronische')).toBe(TUNING.conceptWeight);
  });
});

describe('search with scoped words', () => {
  const doc = parseLawMarkdown(
    [
      '# Testgesetz (TG)',
      '## § 1 Anhörungsverfahren bei der Planfeststellung',
      'Im Planfeststellungsverfahren ist ein Termin mit den Betroffenen anzuberaumen.',
      '## § 2 Mündliche Verhandlung',
      'Im förmlichen Verfahren entscheidet die Behörde nach mündlicher Verhandlung; zum Termin sind die Betroffenen zu laden.',
    ].join('\n\n'),
  );
  const index = createSearchIndexFromDocuments([doc], { decompound: true, synonyms: false, thesaurus: false, concepts: false });
  const top = (q: string) => index.search(q, { k: 1 })[0]?.section;

  it('an excluded matter does not pull its own §', () => {
    expect(top('Termin mit den Betroffenen im förmlichen Verfahren bei der Planfeststellung')).toBe('§ 1');
    expect(top('Termin mit den Betroffenen im förmlichen Verfahren (keine Planfeststellung)')).toBe('§ 2');
  });
});
