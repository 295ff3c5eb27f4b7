import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { reorderWithinLaws, SiblingWeights } from '../../server/retrieval/sibling-order';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('a term’s weight among the §§ of its law', () => {
  it('is near 1 for a term of one § and falls with the share of the law’s §§ that hold it', () => {
    // law 0 has 10 §§ with text; §§ 0–9 belong to it
    const w = new SiblingWeights(Float32Array.of(10), 10, 5);
    w.startTerm();
    w.count(3, 0);
    w.count(3, 0); // a second Absatz of the same § counts once
    expect(w.factor(0, 1)).toBeCloseTo(1 - 1 / 15);
    w.startTerm();
    for (let s = 0; s < 10; s++) w.count(s, 0);
    expect(w.factor(0, 1)).toBeCloseTo(1 - 10 / 15);
    expect(w.factor(0, 0)).toBe(1);
  });
});

describe('reordering within laws', () => {
  it('gives a law’s scores to its §§ in the order of their sibling scores and leaves other laws alone', () => {
    const best = Float32Array.of(9, 8, 7, 6);
    const sibling = Float32Array.of(1, 3, 5, 2);
    const law = [0, 0, 1, 0];
    reorderWithinLaws([0, 1, 2, 3], (s) => law[s], best, sibling);
    // law 0 keeps its scores 9, 8, 6, now in the order § 1, § 3, § 0; law 1's § 2 keeps 7
    expect([...best]).toEqual([6, 9, 7, 8]);
  });

  it('keeps the score of a § without a sibling score (placed by another rule)', () => {
    const best = Float32Array.of(9, 8);
    reorderWithinLaws([0, 1], () => 0, best, Float32Array.of(0, 5));
    expect([...best]).toEqual([9, 8]);
  });
});

describe('sibling §§ in a search', () => {
  const law = (abbr: string, title: string, sections: [string, string][]) =>
    parseLawMarkdown(['---', `jurabk: ${abbr}`, `Title: ${title}`, '---', '', `# ${title} (${abbr})`, ...sections.map(([h, t]) => `\n## ${h}\n\n(1) ${t}`)].join('\n'));
  const filler = Array.from({ length: 30 }, (_, i): [string, string] => [`§ ${i + 1} Regel ${i + 1}`, `Die Gemeinde erhebt eine Abgabe nach Satz ${i + 1} für Grundstücke.`]);
  const index = createSearchIndexFromDocuments([
    law('HuG', 'Hundegesetz', [
      // the law's frame: every § names the Hundebehörde and the Hund
      ['§ 1 Aufgaben', 'Die Hundebehörde schützt vor dem Hund.'],
      ['§ 2 Anmeldung', 'Wer einen Hund hält, meldet den Hund bei der Hundebehörde an.'],
      // the asked point: a muzzle after a bite
      [
        '§ 3 Maulkorb',
        'Hat ein Hund einen Menschen oder ein anderes Tier gebissen oder in gefahrdrohender Weise angesprungen, so kann die Hundebehörde nach Anhörung der Halterin oder des Halters für die Dauer von bis zu zwei Jahren anordnen, dass der Hund außerhalb des befriedeten Besitztums nur mit Maulkorb und an einer Leine geführt werden darf.',
      ],
      ['§ 4 Steuer', 'Die Hundebehörde teilt der Gemeinde jeden Hund mit.'],
      ...['Chip', 'Register', 'Prüfung', 'Zucht', 'Kosten', 'Gebühren', 'Daten', 'Bußgeld'].map(
        (t, i): [string, string] => [`§ ${i + 5} ${t}`, `Die Hundebehörde regelt für jeden Hund: ${t}.`],
      ),
    ]),
    law('AbgG', 'Abgabengesetz', filler),
  ]);
  const question = 'Unser Hund ist auf der Straße von der Leine gegangen. Was darf die Hundebehörde jetzt mit unserem Hund tun?';
  const order = () => index.search(question, { k: 4 }).map((h) => h.section);

  it('puts the § with the asked point before the §§ that repeat the law’s frame words', () => {
    TUNING.siblingWeight = 0;
    const off = order();
    Object.assign(TUNING, defaults);
    const on = order();
    expect(on[0]).toBe('§ 3');
    expect(off[0]).not.toBe('§ 3');
  });
});
