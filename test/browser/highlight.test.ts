import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/contracts/finding';
import { segmentText, strongestSeverity } from '../../client/src/components/highlight';
import { locateParagraph, parseRef } from '../../client/src/components/provisionPanel';

function finding(id: string, start: number, end: number, severity: Finding['severity'] = 'mittel'): Finding {
  return {
    id,
    ruleId: 'r',
    category: 'schriftform',
    principle: 1,
    severity,
    source: 'Regel',
    location: { law: 'Entwurf', ref: '§ 1', start, end },
    quote: { match: '', sentence: '' },
    explanation: '',
    suggestion: '',
    legalBasis: [],
    amendment: '',
  };
}

const covered = (segs: ReturnType<typeof segmentText>) =>
  segs.map((s) => [s.start, s.end, s.findings.map((f) => f.id).join('+')]);

describe('segmentText (draft highlights)', () => {
  it('splits overlapping findings into non-overlapping segments that know every covering finding', () => {
    const segs = segmentText(30, [finding('a', 5, 15), finding('b', 10, 20)]);
    expect(covered(segs)).toEqual([
      [0, 5, ''],
      [5, 10, 'a'],
      [10, 15, 'a+b'],
      [15, 20, 'b'],
      [20, 30, ''],
    ]);
  });

  it('handles nested and identical spans', () => {
    const segs = segmentText(20, [finding('outer', 2, 18), finding('inner', 5, 8), finding('same', 5, 8)]);
    expect(covered(segs)).toEqual([
      [0, 2, ''],
      [2, 5, 'outer'],
      [5, 8, 'outer+inner+same'],
      [8, 18, 'outer'],
      [18, 20, ''],
    ]);
  });

  it('ignores empty or inverted spans and clamps spans running past the text', () => {
    const segs = segmentText(10, [finding('empty', 3, 3), finding('inverted', 6, 4), finding('long', 8, 50), finding('outside', 12, 14)]);
    expect(covered(segs)).toEqual([
      [0, 8, ''],
      [8, 10, 'long'],
    ]);
  });

  it('places structure anchors at their offsets without losing text', () => {
    const segs = segmentText(12, [finding('a', 4, 6)], [{ id: 'p-1', start: 0 }, { id: 'p-2', start: 6 }]);
    expect(segs.map((s) => [s.start, s.end, s.anchors.join()])).toEqual([
      [0, 4, 'p-1'],
      [4, 6, ''],
      [6, 12, 'p-2'],
    ]);
  });

  it('colours an overlap by its strongest severity', () => {
    expect(strongestSeverity([finding('a', 0, 1, 'hinweis'), finding('b', 0, 1, 'hoch')])).toBe('hoch');
    expect(strongestSeverity([finding('a', 0, 1, 'hinweis')])).toBe('hinweis');
  });
});

describe('citation → provision panel', () => {
  it('parses § and Absatz from a citation ref', () => {
    expect(parseRef('§ 3a Abs. 2 Satz 1')).toEqual({ section: '§ 3a', paragraph: '2' });
    expect(parseRef('Art. 5 Abs. 1')).toEqual({ section: 'Art. 5', paragraph: '1' });
    expect(parseRef('§ 7')).toEqual({ section: '§ 7', paragraph: undefined });
    expect(parseRef('Leitfaden Kapitel 2')).toEqual({ section: undefined, paragraph: undefined });
  });

  const paragraphs = [
    { number: '1', text: '(1) Die Übermittlung elektronischer Dokumente ist zulässig.' },
    { number: '2', text: '(2) Eine durch Rechtsvorschrift angeordnete Schriftform kann durch die elektronische Form ersetzt werden.' },
  ];

  it('finds the cited Absatz by number, else by its text, else reports -1', () => {
    expect(locateParagraph(paragraphs, '2', '')).toBe(1);
    expect(locateParagraph(paragraphs, undefined, '(2) Eine durch Rechtsvorschrift angeordnete Schriftform kann durch')).toBe(1);
    expect(locateParagraph(paragraphs, '9', 'Ein Satz, der in dieser Vorschrift nicht vorkommt.')).toBe(-1);
  });
});
