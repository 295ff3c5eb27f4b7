import { describe, expect, it } from 'vitest';
import { checkText, explainText } from '../../server/rules/engine';
import { ITEM_BOUNDARY, itemBoundaryResume } from '../../server/rules/lexicon';

/**
 * Sentences and Absätze of 1000+ characters take the engine's memoised path (whole-span tests once per span, clause
 * bounds from the index). Their decisions must be those of the same clauses in a short sentence, hit by hit.
 */
const decisions = (text: string) => explainText(text).decisions.map((d) => `${d.ruleId}:${d.match}:${d.suppressedBy?.id ?? 'gemeldet'}`);

/** The clauses joined into one sentence, `times` over: long enough for the memoised path. */
const sentence = (clauses: string[], sep: string, times: number) => `§ 1 Antrag\n\n(1) ${Array(times).fill(clauses.join(sep)).join(sep)}.`;

describe('long sentences decide each hit as short ones do', () => {
  it('electronic alternative per semicolon clause', () => {
    const clauses = ['der Antrag ist schriftlich zu stellen', 'die Erklärung ist schriftlich oder elektronisch abzugeben', 'die Anzeige bedarf der Schriftform'];
    const short = decisions(sentence(clauses, '; ', 1));
    const long = sentence(clauses, '; ', 12);
    expect(long.length).toBeGreaterThan(1000);
    expect(short).toContain('schriftform:schriftlich:gemeldet');
    expect(short.some((d) => d.endsWith(':electronic'))).toBe(true);
    expect(decisions(long)).toEqual(Array(12).fill(short).flat());
  });

  it('negation bounded by the clause before the hit', () => {
    const clauses = ['wobei die Erklärung keiner Schriftform bedarf', 'der Antrag ist schriftlich zu stellen', 'die Vollmacht ist persönlich vorzulegen'];
    const short = decisions(sentence(clauses, ', ', 1));
    expect(short.some((d) => d.endsWith(':negation'))).toBe(true);
    expect(decisions(sentence(clauses, ', ', 12))).toEqual(Array(12).fill(short).flat());
  });

  it('severity and fiction read from the whole long sentence', () => {
    const short = explainText(sentence(['der Antrag soll schriftlich gestellt werden', 'die Mitteilung gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben'], ', ', 1));
    const long = explainText(sentence(['der Antrag soll schriftlich gestellt werden', 'die Mitteilung gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben'], ', ', 12));
    expect(long.findings.map((f) => f.severity)).toEqual(short.findings.map((f) => f.severity));
    expect(long.decisions.map((d) => d.suppressedBy?.id)).toEqual(Array(12).fill(short.decisions.map((d) => d.suppressedBy?.id)).flat());
  });
});

describe('long Absätze decide each hit as short ones do', () => {
  it('an Absatz-wide exception holds for every sentence of a long Absatz', () => {
    const para = (n: number) =>
      `§ 1 Anhörung\n\n(1) ${Array(n).fill('Der Beteiligte hat persönlich zu erscheinen.').join(' ')} Die Anhörung kann auch per Videokonferenz durchgeführt werden.`;
    const short = decisions(para(1));
    expect(short.length).toBeGreaterThan(0);
    const long = para(40);
    expect(long.length).toBeGreaterThan(1000);
    expect(decisions(long)).toEqual(Array(40).fill(short).flat());
  });
});

/**
 * A clause that repeats the word an exception reads from ("wenn", "hat", "verwahrt", the document) thousands of times
 * is decided as the short one: each exception reads such a clause once, not once per repeated word.
 */
describe('clauses with a repeated keyword decide as short ones do', () => {
  const absatz = (s: string) => `§ 1 A\n\n(1) ${s}`;
  it.each([
    ['condition words before "nicht"', 'Der Vertrag verlängert sich um ein Jahr, sofern ', 'wenn ', 'er nicht schriftlich widerspricht.'],
    ['"hat" without "zu"', 'Der Antragsteller ', 'hat ', 'kann zum Nachweis seiner Zuverlässigkeit eine von der zuständigen Behörde seines Herkunftsstaates ausgestellte Bescheinigung vorlegen.'],
    ['deposit words before "jedermann"', 'Die Karten werden bei dem Landesvermessungsamt ', 'verwahrt ', 'aufbewahrt und können dort von jedermann eingesehen werden.'],
    ['a document named in one long word', 'Ist ihm hierüber ein Beleg', 'Beleg', ' ausgestellt worden, so hat er diesen während der Fahrt mitzuführen.'],
    ['a long opening condition', 'Wird der Antrag ', 'und der Antrag ', 'schriftlich gestellt, so ist er zu bescheiden.'],
  ])('%s', (_name, head, repeated, tail) => {
    const short = decisions(absatz(`${head}${tail}`));
    expect(short.length).toBeGreaterThan(0);
    expect(decisions(absatz(`${head}${repeated.repeat(8_000)}${tail}`))).toEqual(short);
  });
});

/**
 * The same trigger word repeated in one clause is one requirement, one finding; an item number or a semicolon after the
 * repeats starts another. Each repeat reads only the text after the previous one.
 */
describe('repeats of a trigger word in one long clause merge as in a short one', () => {
  const findings = (repeats: number, tail: string) =>
    checkText(`§ 1 A\n\n(1) Der Antrag ist auf dem Vordruck ${'sowie für jede weitere Anlage auf dem Vordruck '.repeat(repeats)}${tail}`).map((f) => f.ruleId);
  it.each([
    ['no boundary', 'einzureichen.', 1],
    ['an item number', 'einzureichen, 2. die Anzeige ist auf dem Vordruck zu erstatten.', 2],
    ['a semicolon', 'einzureichen; die Anzeige ist auf dem Vordruck zu erstatten.', 2],
  ])('%s', (_name, tail, count) => {
    const short = findings(1, tail);
    expect(short).toEqual(Array(count).fill('papier-vordruck'));
    expect(findings(3_000, tail)).toEqual(short);
  });

  it('a search resumed after a boundary-free stretch finds every boundary that ends beyond it', () => {
    const text = 'Vordruck 12. Vordruck a) Vordruck; Vordruck 3.Vordruck 45. x';
    const g = new RegExp(ITEM_BOUNDARY.source, 'g');
    const ends = [...text.matchAll(g)].map((m) => [m.index, m.index + m[0].length]);
    for (let at = 1; at < text.length; at++) {
      // the matches a search from `at` on must not miss: those that end after it
      const expected = ends.filter(([, end]) => end! > at).map(([start]) => start);
      const from = itemBoundaryResume(text, at);
      expect(from).toBeLessThanOrEqual(at);
      expect(expected.every((start) => start! >= from)).toBe(true);
    }
  });
});

/** A list of hundreds of items in one sentence: each item is read with the lead-in and its own words, as in a short list. */
describe('a long list decides each item as a short list does', () => {
  const items = ['eine beglaubigte Abschrift der Urkunde', 'eine schriftliche Erklärung über die Prüfung der Anlage', 'die von der Behörde, die zur Beglaubigung befugt ist, beglaubigte Abschrift'];
  const list = (n: number) => `§ 1 A\n\n(1) Dem Antrag sind beizufügen: ${Array.from({ length: n }, (_, i) => `${i + 1}. ${items[i % 3]},`).join(' ')} und das Formular.`;
  it('the power to certify counts in its own item only', () => {
    const short = decisions(list(3));
    // the third item names the certifying authority, the first does not
    expect(short).toEqual([
      'original-beglaubigung:beglaubigte:gemeldet',
      'schriftform:schriftliche:gemeldet',
      'original-beglaubigung:Beglaubigung:befugnis-oder-gebuehr',
      'original-beglaubigung:beglaubigte:befugnis-oder-gebuehr',
      'papier-vordruck:Formular:gemeldet',
    ]);
    const long = list(600);
    expect(long.length).toBeGreaterThan(30_000);
    expect(decisions(long)).toEqual([...Array(200).fill(short.slice(0, -1)).flat(), short.at(-1)]);
  });
});

describe('a lead-in far before an item decides it as in a short list', () => {
  const list = (n: number) =>
    `§ 1 A\n\n(1) Zu den Akten sind zu nehmen: ${Array.from({ length: n }, (_, i) => `${i + 1}. eine beglaubigte Abschrift der schriftlichen Erklärung,`).join(' ')} und das Formular.`;
  it('"Zu den Akten sind zu nehmen:" covers the last of 600 items', () => {
    const short = decisions(list(1));
    expect(short).toEqual([
      'original-beglaubigung:beglaubigte:abschrift-zur-eigenen-akte',
      'schriftform:schriftlichen:schriftstueck-in-eigener-akte',
      'papier-vordruck:Formular:keine-verwendung',
    ]);
    const long = list(600);
    expect(long.length).toBeGreaterThan(30_000);
    expect(decisions(long)).toEqual([...Array(600).fill(short.slice(0, -1)).flat(), short.at(-1)]);
  });
});

/**
 * Exceptions that read the text before the hit in its Absatz or sentence (a lead-in, an exam task, the document a
 * pronoun takes up) find it in a long Absatz as in a short one, and only before the hit.
 */
describe('text before the hit is read as in a short Absatz', () => {
  const absatz = (sentences: string[]) => `§ 1 A\n\n(1) ${sentences.join(' ')}`;

  it('"In der Verordnung kann bestimmt werden" covers the last of 600 items, a sentence after it does not', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. dass der Kaufvertrag notariell beurkundet wird,`).join(' ');
    const text = (n: number) => absatz([`In der Verordnung kann auch bestimmt werden ${items(n)} und das Nähere.`, 'Der Vertrag ist notariell zu beurkunden.']);
    const short = decisions(text(1));
    expect(short).toEqual(['original-beglaubigung:beurkundet:inhalt-einer-verordnung', 'original-beglaubigung:beurkunden:gemeldet']);
    const long = text(600);
    expect(long.length).toBeGreaterThan(30_000);
    expect(decisions(long)).toEqual([...Array(600).fill(short[0]), short[1]]);
  });

  it('a sentence that takes up the exam task by a pronoun, only after the task is named', () => {
    const text = (n: number) =>
      absatz([...Array(n).fill('Sie ist schriftlich zu planen.'), 'Die Ausbildungssituation ist vom Prüfling zu wählen.', ...Array(n).fill('Sie ist schriftlich zu planen.')]);
    const short = decisions(text(1));
    expect(short).toEqual(['schriftform:schriftlich:gemeldet', 'schriftform:schriftlich:pruefungsprojekt']);
    const long = text(60);
    expect(long.length).toBeGreaterThan(1000);
    expect(decisions(long)).toEqual([...Array(60).fill(short[0]), ...Array(60).fill(short[1])]);
  });

  it('a pronoun takes up the document of the sentence right before it, however long the Absatz', () => {
    const pair = ['Über die Meldung wird eine Meldebescheinigung erteilt.', 'Sie ist an Bord mitzuführen.'];
    const text = (n: number) => absatz([...Array(n).fill('Sie ist an Bord mitzuführen.'), ...pair]);
    const short = decisions(text(1));
    expect(short).toEqual(['papier-vordruck:mitzuführen:mitfuehren-ohne-dokument', 'nachweis-vorlage:Meldebescheinigung:keine-vorlagepflicht', 'papier-vordruck:mitzuführen:gemeldet']);
    const long = text(60);
    expect(long.length).toBeGreaterThan(1000);
    expect(decisions(long)).toEqual([...Array(60).fill(short[0]), ...short.slice(1)]);
  });

  it('a pronoun object takes up a document named earlier in a long sentence, not one named after it', () => {
    const clause = 'so hat er diesen während der Fahrt mitzuführen';
    const text = (n: number) => absatz([`${Array(n).fill(clause).join(', ')}, wobei ihm ein Beleg ausgestellt wird, ${Array(n).fill(clause).join(', ')}.`]);
    const short = decisions(text(1));
    expect(short).toEqual(['papier-vordruck:mitzuführen:mitfuehren-ohne-dokument', 'papier-vordruck:mitzuführen:gemeldet']);
    const long = text(40);
    expect(long.length).toBeGreaterThan(1000);
    expect(decisions(long)).toEqual([...Array(40).fill(short[0]), ...Array(40).fill(short[1])]);
  });
});

/** `--explain` in one endless sentence: each candidate names its finding and quotes the window around it, as a finding does. */
describe('explained decisions in one long sentence', () => {
  it('every reported candidate names the finding it became, every quote is a window of the sentence', () => {
    const text = `§ 1 A\n\n(1) ${'der Antrag ist schriftlich zu stellen und die Anzeige per Telefax zu übermitteln und '.repeat(400)}`;
    const { findings, decisions } = explainText(text);
    const reported = decisions.filter((d) => !d.suppressedBy);
    expect(reported.length).toBeGreaterThan(400);
    for (const d of reported) {
      const f = findings.find((x) => x.category === d.category && x.location.start <= d.start && d.start < x.location.end);
      expect(d.findingId).toBe(f?.id);
      expect(d.findingId).toBeDefined();
    }
    for (const d of decisions) {
      expect(d.sentence).toContain(d.match);
      expect(d.sentence.length).toBeLessThan(2100);
    }
  });
});
