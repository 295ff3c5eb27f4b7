import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { feedbackTerms } from '../../server/retrieval/feedback';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('feedback terms of the first-pass §§', () => {
  const idf = (t: string) => ({ turm: 8, hochhaus: 7, gebuhr: 1, baum: 6 })[t] ?? Infinity;

  it('adds rare terms of the best §§ the question lacks, the strongest at feedbackWeight, below a typed word', () => {
    const terms = feedbackTerms(
      [
        { terms: ['turm', 'turm', 'hochhaus', 'gebuhr'], score: 3 },
        { terms: ['baum', 'hochhaus'], score: 1 },
      ],
      new Set(['hochhaus']),
      idf,
    );
    expect(terms.map((t) => t.term)).toEqual(['turm', 'baum']);
    expect(terms[0]!.weight).toBeCloseTo(TUNING.feedbackWeight);
    // "baum" has half the share of the weaker hit: 1/4 × 1/2 against turm's 3/4 × 2/4
    expect(terms[1]!.weight).toBeCloseTo((TUNING.feedbackWeight * (0.25 * 0.5)) / (0.75 * 0.5));
    expect(Math.max(...terms.map((t) => t.weight))).toBeLessThan(TUNING.conceptWeight);
  });

  it('adds nothing without a scored first pass, and no term the index does not know', () => {
    expect(feedbackTerms([], new Set(), idf)).toEqual([]);
    expect(feedbackTerms([{ terms: ['turm'], score: 0 }], new Set(), idf)).toEqual([]);
    expect(feedbackTerms([{ terms: ['unbekannt'], score: 2 }], new Set(), idf)).toEqual([]);
  });
});

describe('pseudo-relevance feedback in the search', () => {
  // many short filler §§, so that the two §§ of interest have rare words (idf above feedbackMinIdf)
  const doc = parseLawMarkdown(
    [
      '---',
      'jurabk: BAUO',
      'Title: Bauordnung',
      '---',
      '',
      '# Bauordnung (BAUO)',
      '',
      '## § 1 Wolkenkratzer',
      '',
      '(1) Wer einen Wolkenkratzer mit mehr als vierzig Stockwerken errichten will, braucht eine Turmgenehmigung der Hochhausbehörde.',
      '',
      '## § 2 Turmgenehmigung',
      '',
      '(1) Die Turmgenehmigung erteilt die Hochhausbehörde binnen drei Monaten.',
      ...Array.from({ length: 300 }, (_, i) => `\n## § ${i + 3} Sonstiges\n\n(1) Gebühren für Leistung ${i} werden erhoben.`),
    ].join('\n'),
  );
  const index = createSearchIndexFromDocuments([doc]);
  const story =
    'Mein Nachbar möchte einen riesigen Wolkenkratzer mit vierzig Stockwerken direkt neben unserem Garten hochziehen, was braucht er dafür eigentlich vorher alles in der Hand, fragt sich meine Familie?';
  const ranked = (q: string) => index.search(q, { k: 5 }).map((h): [string, number] => [h.section ?? h.ref, h.score]);

  it('raises a § that shares the vocabulary of the best hit, below the § the typed words match', () => {
    const scoreOf = (hits: [string, number][], section: string) => hits.find(([s]) => s === section)?.[1] ?? 0;
    TUNING.feedbackWeight = 0;
    const before = ranked(story);
    Object.assign(TUNING, defaults);
    const after = ranked(story);
    expect(before[0]![0]).toBe('§ 1');
    expect(after.map(([s]) => s).slice(0, 2)).toEqual(['§ 1', '§ 2']);
    // Turmgenehmigung and Hochhausbehörde, rare words of § 1 the story lacks, now match § 2
    expect(scoreOf(after, '§ 2')).toBeGreaterThan(scoreOf(before, '§ 2'));
    expect(scoreOf(after, '§ 2')).toBeLessThan(scoreOf(after, '§ 1'));
  });

  it('leaves citations, named laws and short keyword searches as they were', () => {
    const questions = [
      'Was regelt § 2 BAUO, wenn mein Nachbar einen riesigen Wolkenkratzer mit vierzig Stockwerken neben unserem Garten hochziehen will?',
      'Mein Nachbar möchte nach der Bauordnung einen riesigen Wolkenkratzer mit vierzig Stockwerken neben unserem Garten hochziehen, wer entscheidet?',
      'Wolkenkratzer vierzig Stockwerke',
    ];
    const on = questions.map(ranked);
    TUNING.feedbackWeight = 0;
    expect(questions.map(ranked)).toEqual(on);
  });
});
