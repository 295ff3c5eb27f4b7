import { describe, expect, it } from 'vitest';
import { keywordBaseline } from '../../bench/lib/keyword-baseline';
import { computeMetrics, score } from '../../bench/lib/metrics';

const CATS = ['a', 'b'];

describe('score', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = score({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('treats an empty category as perfect but nothing-found-where-something-is as zero', () => {
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(score({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('computeMetrics', () => {
  const items = [
    { id: 'x1', text: 'eins', gold: ['a'], predicted: ['a', 'a'] }, // duplicate prediction counts once
    { id: 'x2', text: 'zwei', gold: ['a', 'b'], predicted: ['b'] },
    { id: 'x3', text: 'drei', gold: [], predicted: ['b', 'hint'], note: 'NEG why' }, // unknown category ignored
    { id: 'x4', text: 'vier', gold: [], predicted: ['hint'] },
  ];
  const m = computeMetrics(items, CATS);

  it('counts per category and micro over all categories', () => {
    expect(m.perCategory.a).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(m.perCategory.b).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(m.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(m.macroF1).toBeCloseTo((m.perCategory.a!.f1 + m.perCategory.b!.f1) / 2);
  });

  it('scores the provision-level "flags anything" decision', () => {
    expect(m.anyFlag).toMatchObject({ tp: 2, fp: 1, fn: 0, tn: 1 });
  });

  it('lists false positives and false negatives with id, category and excerpt', () => {
    expect(m.falsePositives).toEqual([{ id: 'x3', category: 'b', excerpt: 'drei', note: 'NEG why' }]);
    expect(m.falseNegatives).toEqual([{ id: 'x2', category: 'a', excerpt: 'zwei' }]);
  });

  it('cuts excerpts to 120 characters', () => {
    const long = computeMetrics([{ id: 'l', text: 'x'.repeat(300), gold: ['a'], predicted: [] }], CATS);
    expect(long.falseNegatives[0]!.excerpt).toHaveLength(120);
  });
});

describe('keywordBaseline', () => {
  it('fires on trigger words without looking at context', () => {
    expect(keywordBaseline('Der Antrag ist schriftlich oder elektronisch zu stellen.')).toEqual(['schriftform']);
    expect(keywordBaseline('Der persönlich haftende Gesellschafter')).toEqual(['persoenliches_erscheinen']);
    expect(keywordBaseline('Die Vorschriften gelten entsprechend.')).toEqual([]);
  });
});
