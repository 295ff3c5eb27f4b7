import { describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';
import { queryStopWordsOf, tokenize } from '../../server/retrieval/normalize';

const stops = (q: string) => queryStopWordsOf(tokenize(q));

describe('city states: the place of a story, or the Länder themselves (queryStopWordsOf)', () => {
  it('one city state is the place of the story and no search word', () => {
    expect(stops('Ich wohne in Bremen. Welche Behörde ist zuständig?').has('bremen')).toBe(true);
    expect(stops('Unsere Firma in Hamburg will Rechnungen digital schicken').has('hamburg')).toBe(true);
  });

  it('two city states, or a word of „Stadtstaat“, name the Länder and are searched', () => {
    expect(stops('Dürfen Hamburg und Bremen das selbst regeln?').has('bremen')).toBe(false);
    expect(stops('Gibt es für Stadtstaaten wie Berlin eine Sonderregel?').has('berlin')).toBe(false);
    // the other query stop words stay stop words
    expect(stops('Dürfen Hamburg und Bremen das selbst regeln?').has('dürfen')).toBe(true);
  });
});

describe('search for a rule on the city states', () => {
  const doc = parseLawMarkdown(
    [
      '# Testgesetz (TG)',
      '## § 1 Örtliche Zuständigkeit',
      'Örtlich zuständig ist die Behörde, in deren Bezirk der Beteiligte seinen Wohnsitz hat. Ein Bezirksamt ist örtlich zuständig für seinen Bezirk.',
      '## § 2 Sonderregel',
      'Die Senate der Länder Berlin, Bremen und Hamburg werden ermächtigt, die Vorschriften über die örtliche Zuständigkeit dem besonderen Verwaltungsaufbau ihrer Länder entsprechend zu bestimmen.',
    ].join('\n\n'),
  );
  const index = createSearchIndexFromDocuments([doc], { decompound: true, synonyms: false, thesaurus: false, concepts: false });
  const top = (q: string) => index.search(q, { k: 1 })[0]?.section;

  it('finds the § that names the Länder when the question names them', () => {
    expect(top('Können Berlin und Hamburg für ihre Bezirksämter die örtliche Zuständigkeit anders ordnen?')).toBe('§ 2');
    expect(top('Gilt für einen Stadtstaat wie Bremen bei der örtlichen Zuständigkeit etwas anderes?')).toBe('§ 2');
  });

  it('a story in one city state asks about the general rule', () => {
    expect(top('Ich wohne in Bremen. Welches Bezirksamt ist für mich örtlich zuständig?')).toBe('§ 1');
  });
});
