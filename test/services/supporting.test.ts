import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import { MAX_SUPPORTING, nearestHits, supportingHits } from '../../server/services/chat/supporting';

const hit = (over: Partial<SearchHit>): SearchHit => ({ law: 'XG', ref: '§ 1', title: '', text: '', score: 10, kind: 'law', ...over });
const nothingQuoted = () => false;

// own examples: a question whose card answers on the form, while retrieval brings the provision on its point
const question = 'Wir verschicken Bescheide elektronisch. Muss ein Widerspruchsbescheid eine Rechtsbehelfsbelehrung enthalten?';
const onPoint = hit({ ref: '§ 73 Abs. 3', title: 'Widerspruchsbescheid', text: 'Der Widerspruchsbescheid ist zu begründen, mit einer Rechtsbehelfsbelehrung zu versehen und zuzustellen.', score: 30 });
const secondOnPoint = hit({ law: 'YG', ref: '§ 58 Abs. 1', title: 'Rechtsbehelfsbelehrung', text: 'Die Frist beginnt nur, wenn der Widerspruchsbescheid eine Rechtsbehelfsbelehrung enthält.', score: 26 });
const offPoint = hit({ law: 'ZG', ref: '§ 3a Abs. 2', title: 'Elektronische Kommunikation', text: 'Bescheide können elektronisch erlassen werden.', score: 29 });

describe('supporting citations: strong retrieved provisions on the asked point', () => {
  it('names the top hits that cover the nouns of the asked sentence', () => {
    expect(supportingHits(question, [onPoint, offPoint, secondOnPoint], nothingQuoted)).toEqual([onPoint, secondOnPoint]);
  });

  it('leaves out a strong hit that shares only the told case (Bescheide, elektronisch), not the asked point', () => {
    expect(supportingHits(question, [offPoint], nothingQuoted)).toEqual([]);
  });

  it('leaves out what the answer already quotes, by its §', () => {
    const quoted = (law: string, section: string) => law === 'XG' && section === '§ 73';
    expect(supportingHits(question, [onPoint, secondOnPoint], quoted)).toEqual([secondOnPoint]);
  });

  it('takes only hits close to the best law hit, and only among the first ones', () => {
    const weak = { ...secondOnPoint, score: 12 };
    expect(supportingHits(question, [onPoint, weak], nothingQuoted)).toEqual([onPoint]);
    const filler = (n: number) => hit({ law: `F${n}`, ref: '§ 1', text: 'Die Behörde handelt zügig.', score: 29 });
    expect(supportingHits(question, [filler(1), filler(2), filler(3), secondOnPoint], nothingQuoted)).toEqual([]);
  });

  it('reads guidance as no provision, and names at most a few', () => {
    const guidance = { ...onPoint, kind: 'guidance' as const, law: 'Leitfaden' };
    expect(supportingHits(question, [guidance], nothingQuoted)).toEqual([]);
    const many = [onPoint, secondOnPoint, { ...onPoint, law: 'WG', score: 28 }];
    expect(supportingHits(question, many, nothingQuoted).length).toBe(MAX_SUPPORTING);
  });

  it('lets a first hit far ahead of the next cover one asked noun, others must cover the asked point', () => {
    const asked = 'Ein Verein hat seinen Zuschussantrag aus Eile beim falschen Fachamt eingereicht. Ist der Zuschussantrag damit verloren?';
    const forwarding = hit({ law: 'AG', ref: '§ 16 Abs. 2', title: 'Antragstellung', text: 'Ein Zuschussantrag, der bei einer unzuständigen Stelle eingeht, ist weiterzuleiten.', score: 40 });
    const next = hit({ law: 'BG', ref: '§ 2', title: 'Zuschüsse', text: 'Zuschüsse werden auf Antrag gewährt.', score: 20 });
    expect(supportingHits(asked, [forwarding, next], nothingQuoted)).toEqual([forwarding]);
    // not far ahead: it must cover the asked point as any hit must
    expect(supportingHits(asked, [forwarding, { ...next, score: 35 }], nothingQuoted)).toEqual([]);
  });

  it('names a hit covering one general asked noun only where it outscores what the answer quotes', () => {
    const asked = 'Welche Nachweise darf ich verlangen?';
    const quotedRule = hit({ law: 'EG', ref: '§ 5 Abs. 2', title: 'Nachweise', text: 'Nachweise können elektronisch eingereicht werden.', score: 20 });
    const aside = hit({ law: 'PG', ref: '§ 10 Abs. 2', title: 'Ausweis', text: 'Der Nachweise der Identität dient der Ausweis.', score: 18 });
    const quoted = (law: string) => law === 'EG';
    expect(supportingHits(asked, [quotedRule, aside], quoted)).toEqual([]);
    expect(supportingHits(asked, [{ ...aside, score: 25 }, quotedRule], quoted)).toEqual([{ ...aside, score: 25 }]);
  });

  it('names nothing for a question without a noun of its own to cover', () => {
    expect(supportingHits('Geht das auch elektronisch?', [onPoint], nothingQuoted)).toEqual([]);
  });
});

describe('near answers: the told case uncovered, the asked point covered', () => {
  const told = 'Für die Anmeldung zum Schwimmkurs müssen Schüler bisher eine Geburtsurkunde in Papierform vorlegen.';
  const urkunde = hit({ law: 'PStG', ref: '§ 55 Abs. 2', title: 'Geburtsurkunde', text: 'Die Geburtsurkunde kann auch elektronisch übermittelt werden.', score: 20 });
  const other = hit({ law: 'BGB', ref: '§ 1', title: '', text: 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.', score: 18 });

  it('offers the strong hit on the object the pronoun stands for, naming the story nouns nothing covers', () => {
    const near = nearestHits(`${told} Wie können sie die stattdessen nachweisen?`, [urkunde, other]);
    expect(near.hits).toEqual([urkunde]);
    expect(near.story.map((t) => t.word)).toEqual(['Anmeldung', 'Schwimmkurs', 'Schüler']);
  });

  it('offers nothing for a message that is all question, or whose pronoun points to the whole case', () => {
    expect(nearestHits('Wie bekommen Schüler für den Schwimmkurs eine Geburtsurkunde?', [urkunde]).hits).toEqual([]);
    expect(nearestHits(`${told} Geht das auch anders?`, [urkunde]).hits).toEqual([]);
  });

  it('offers nothing where no strong hit covers the asked point', () => {
    expect(nearestHits(`${told} Wie können sie die stattdessen nachweisen?`, [other]).hits).toEqual([]);
    expect(nearestHits(`${told} Wie können sie die stattdessen nachweisen?`, [other, { ...urkunde, score: 5 }]).hits).toEqual([]);
  });
});
