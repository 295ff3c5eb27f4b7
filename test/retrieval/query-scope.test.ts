import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { Analyzer } from '../../server/retrieval/analyzer';
import { compileConcepts, parseConcepts, parseFraming, shippedExpansion, Thesaurus } from '../../server/retrieval/expansion';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { stem } from '../../server/retrieval/normalize';
import { questionParts, scopeFactors } from '../../server/retrieval/query-scope';
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

describe('the asked clause and the story around it (questionParts)', () => {
  const asked = (q: string) => questionParts(q).filter((p) => p.asked).map((p) => p.text.trim());
  const story = (q: string) => questionParts(q).filter((p) => !p.asked).map((p) => p.text.trim());

  it('a sentence with a question mark is asked, the sentences before and after it tell the story', () => {
    const q = 'Wir haben seit Mai einen Hund aus dem Tierheim. Muss ich den anmelden? Wir wohnen in Celle.';
    expect(asked(q)).toEqual(['Muss ich den anmelden?']);
    expect(story(q)).toEqual(['Wir haben seit Mai einen Hund aus dem Tierheim.', 'Wir wohnen in Celle.']);
  });

  it('inside the question sentence, a clause before a dash or colon is story unless it opens like a question', () => {
    expect(story('Der Nachbar baut eine Garage – darf er das ohne Genehmigung?')).toEqual(['Der Nachbar baut eine Garage']);
    expect(story('Parkausweis für Anwohner: wie lange gilt der?')).toEqual(['Parkausweis für Anwohner']);
    // two questions joined by a dash are both asked
    expect(story('Darf das Amt meine Daten speichern – und wie lange darf es sie behalten?')).toEqual([]);
    // a condition before the dash is the premise of the question, not a story („Und wenn …, – muss …?“)
    expect(story('Und wenn der Bescheid erst nach Ostern ankommt – beginnt die Frist dann später?')).toEqual([]);
  });

  it('a text without a question mark is asked as a whole (keyword lists, indirect questions)', () => {
    expect(story('Bekanntgabe Verwaltungsakt elektronisch Abruf Datenverarbeitungsnetz')).toEqual([]);
    expect(story('Eine Kommune fragt, ob sie Bescheide per E-Mail verschicken darf.')).toEqual([]);
  });

  it('abbreviations and ordinal numbers end no sentence', () => {
    expect(questionParts('Gilt das z. B. auch inkl. Anlagen vom 3. Mai? Wir sind ein Verein.')).toHaveLength(2);
  });

  it('splits as the parser does (sentenceTexts): after a short word, not after a "?" inside a sentence', () => {
    // a full stop after a word of three letters ends a sentence too („… hört auf. Kann man …?“)
    expect(story('Ich bin da. Muss ich warten?')).toEqual(['Ich bin da.']);
    // a question mark before a lower-case word is inside the sentence (a quoted question)
    expect(asked('Darf „Wer zahlt?“ als Titel stehen, und wer entscheidet das?')).toEqual(['Darf „Wer zahlt?“ als Titel stehen, und wer entscheidet das?']);
    // a closing quote after the question mark stays with the question
    expect(asked('Er fragt: „Muss ich kommen?“')).toEqual(['„Muss ich kommen?“']);
  });
});

describe('story words count less when the asked clause stands on its own', () => {
  const weights = { ...WEIGHTS, story: 0.8, storyMinAskedWords: 5 };
  const story = (q: string) => Object.fromEntries(scopeFactors(q, FRAMING, weights));

  it('words only the story uses get the story factor; a word the asked clause repeats keeps its weight', () => {
    const f = story('Wir halten seit Mai einen Hund. Kann die Gemeinde die Steuer für den Hund wegen einer Härte stunden?');
    expect(f).toMatchObject({ halten: 0.8, seit: 0.8, mai: 0.8 });
    expect(f.hund).toBeUndefined();
    expect(f.stunden).toBeUndefined();
  });

  it('a short asked clause leans on the story, which keeps its full weight', () => {
    expect(story('Mein Bruder will, dass ich für seinen Kredit bürge. Reicht da eine Zusage per Mail?')).toEqual({});
  });
});

describe('search weighs the asked clause above the story', () => {
  const doc = parseLawMarkdown(
    [
      '# Testgesetz (TG)',
      '## § 1 Hundesteuer',
      'Wer einen Hund im Gemeindegebiet hält, hat für den Hund die Steuer an die Gemeinde zu entrichten. Der Hund ist binnen eines Monats anzumelden, ein Hund aus dem Tierheim ebenso.',
      '## § 2 Stundung',
      'Die Steuer kann gestundet werden, wenn ihre Zahlung eine erhebliche Härte wäre.',
      '## § 3 Bevollmächtigte',
      'Ein Beteiligter kann sich durch einen Bevollmächtigten vertreten lassen. Der Bevollmächtigte hat auf Verlangen seine Vollmacht schriftlich nachzuweisen; ohne Vollmacht handelt er nicht wirksam.',
      '## § 4 Zurückweisung',
      'Eine Kündigung, die ein Vertreter erklärt, kann der Empfänger unverzüglich zurückweisen, wenn keine Urkunde beiliegt.',
    ].join('\n\n'),
  );
  // a fresh index per weight: the analyzer keeps each question's factors
  const top = (q: string, story: number) => {
    const saved = TUNING.storyWeight;
    TUNING.storyWeight = story;
    try {
      const index = createSearchIndexFromDocuments([doc], { decompound: true, synonyms: false, thesaurus: false, concepts: false });
      return index.search(q, { k: 1 })[0]?.section;
    } finally {
      TUNING.storyWeight = saved;
    }
  };

  it('a story word that a sibling § repeats no longer decides', () => {
    const dog = 'Seit Mai halten wir einen Hund aus dem Tierheim, den Hund haben wir angemeldet. Kann man die Steuer später zahlen, wenn es gerade eine Härte wäre?';
    expect(top(dog, 1)).toBe('§ 1');
    expect(top(dog, TUNING.storyWeight)).toBe('§ 2');
    const notice = 'Ein Bevollmächtigter des Vermieters hat mir die Kündigung gebracht, seine Vollmacht hatte er nicht dabei. Muss ich das Schreiben trotzdem hinnehmen oder kann ich es sofort zurückweisen?';
    expect(top(notice, 1)).toBe('§ 3');
    expect(top(notice, TUNING.storyWeight)).toBe('§ 4');
  });
});
