import { afterEach, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { LawTextPrior } from '../../server/retrieval/law-prior';
import { TUNING } from '../../server/retrieval/tuning';

const defaults = { ...TUNING };
afterEach(() => Object.assign(TUNING, defaults));

describe('law prior from the laws’ own text', () => {
  // two laws of 100 Absätze each in a corpus of 200
  const prior = () => new LawTextPrior(Float32Array.from([100, 100]), 200, 10);

  it('gives the law that explains the question best 1 + strength, the others their share, a law without its words nothing', () => {
    const p = prior();
    const mult = Float32Array.from([1, 1]);
    // "Polizei" in 20 Absätze, all of law 0; "Hund" in 10, 8 of them in law 0
    for (let i = 0; i < 20; i++) p.count(0);
    p.endTerm(1, 20);
    for (let i = 0; i < 8; i++) p.count(0);
    for (let i = 0; i < 2; i++) p.count(1);
    p.endTerm(1, 10);
    p.apply(mult, 0.25);
    expect(mult[0]).toBeCloseTo(1.25);
    // law 1 holds 2 of the 10 "Hund" Absätze and no "Polizei": it explains the question worse than the corpus
    expect(mult[1]).toBe(1);
  });

  it('forgets the query: a second query with the same terms gets the same multipliers', () => {
    // the two laws among a third one of 1,800 Absätze that holds none of the terms
    const p = new LawTextPrior(Float32Array.from([100, 100, 1800]), 2000, 10);
    const run = () => {
      const mult = Float32Array.from([1, 1, 1]);
      for (let i = 0; i < 6; i++) p.count(0);
      for (let i = 0; i < 4; i++) p.count(1);
      p.endTerm(1, 10);
      p.apply(mult, 0.25);
      return [...mult];
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first[0]).toBeCloseTo(1.25);
    expect(first[1]).toBeGreaterThan(1);
    expect(first[1]).toBeLessThan(first[0]!);
    expect(first[2]).toBe(1);
  });
});

describe('law prior in the search', () => {
  const law = (abbr: string, title: string, sections: [string, string][], filler: string, fillers: number) =>
    parseLawMarkdown(
      [
        '---',
        `jurabk: ${abbr}`,
        `Title: ${title}`,
        '---',
        '',
        `# ${title} (${abbr})`,
        ...sections.map(([heading, text]) => `\n## ${heading}\n\n(1) ${text}`),
        ...Array.from({ length: fillers }, (_, i) => `\n## § ${i + sections.length + 1} Sonstiges ${i}\n\n(1) ${filler} ${i}.`),
      ].join('\n'),
    );
  const police = law(
    'POLG',
    'Polizeigesetz',
    [
      ['§ 1 Gefahrenabwehr', 'Die Polizei wehrt Gefahren für die öffentliche Sicherheit ab.'],
      ['§ 2 Gefährliche Tiere', 'Geht von einem Tier eine Gefahr aus, kann die Polizei anordnen, dass es angeleint wird.'],
      ['§ 3 Platzverweis', 'Die Polizei kann zur Abwehr einer Gefahr eine Person von einem Ort verweisen.'],
    ],
    'Die Polizei dokumentiert den Einsatz',
    5,
  );
  const tax = law(
    'STG',
    'Steuergesetz',
    // the one § about dogs: "Hund" three times, and "hält" – the story's words
    [['§ 1 Hundesteuer', 'Wer einen Hund hält, zahlt Steuer für den Hund; der Hund ist anzumelden.']],
    'Steuern werden für Leistung erhoben',
    40,
  );
  const index = createSearchIndexFromDocuments([police, tax]);
  const question = 'Mein Nachbar hält einen Hund, von dem eine Gefahr ausgeht. Was kann die Polizei verlangen?';
  const ranked = (q: string) => index.search(q, { k: 3 }).map((h) => `${h.law} ${h.section}`);

  it('lifts the § of the law whose text the question reads like over a § of another law that shares its one rare word', () => {
    TUNING.lawTextPrior = 0;
    const off = ranked(question);
    Object.assign(TUNING, defaults);
    const on = ranked(question);
    expect(off.slice(0, 2)).toEqual(['STG § 1', 'POLG § 2']);
    // Polizei and Gefahr fill the police law; the tax law has only the dog
    expect(on.slice(0, 2)).toEqual(['POLG § 2', 'STG § 1']);
  });

  it('does not reorder the §§ of one law among themselves', () => {
    const onlyPolice = createSearchIndexFromDocuments([police]);
    const order = () => onlyPolice.search(question, { k: 5 }).map((h) => h.section);
    const on = order();
    TUNING.lawTextPrior = 0;
    expect(order()).toEqual(on);
  });
});
