import { describe, expect, it } from 'vitest';
import { AbsatzActs, type ActSentence, actWords, citedSentences, concernsSameAct, readAct } from '../../server/rules/act';

const same = (offer: ActSentence, hit: ActSentence) => concernsSameAct(readAct(offer, null), readAct(hit, null));

describe('act of a sentence (electronic-alternative guard)', () => {
  it('stems nouns and verbs so that noun and verb of one act meet', () => {
    expect(actWords('Die Erklärung kann auch elektronisch abgegeben werden.').nouns).toEqual(['erklar']);
    expect(actWords('Der Eigentümer hat dies schriftlich zu erklären.').verbs).toContain('erklar');
    // separable prefix with the "zu" of the infinitive or the "ge" of the participle
    expect(actWords('Die Unterlagen sind einzureichen.').verbs).toEqual(actWords('Die Unterlagen werden eingereicht.').verbs);
    // actors, authorities and route nouns name no act; route nouns are kept apart
    const words = actWords('Der Antragsteller übermittelt der Behörde die Daten durch Datenfernübertragung.');
    expect(words.nouns).toEqual([]);
    expect(words.routes.length).toBeGreaterThan(0);
  });

  it('reads citations of sentences of its own Absatz only', () => {
    expect([...citedSentences('Die Erklärung nach Satz 1 kann auch elektronisch abgegeben werden.', '2')]).toEqual([1]);
    expect([...citedSentences('Die Anzeigen nach den Sätzen 1 bis 3 können elektronisch erstattet werden.', null)]).toEqual([1, 2, 3]);
    expect([...citedSentences('Die Anzeigen nach Satz 1 und 4 können elektronisch erstattet werden.', null)]).toEqual([1, 4]);
    expect([...citedSentences('Die Anzeige nach Absatz 2 Satz 1 kann elektronisch erstattet werden.', '2')]).toEqual([1]);
    expect([...citedSentences('Die Anzeige nach Absatz 3 Satz 1 kann elektronisch erstattet werden.', '2')]).toEqual([]);
    expect([...citedSentences('Die Anzeige nach § 5 Satz 1 kann elektronisch erstattet werden.', '2')]).toEqual([]);
  });

  it('decides by citation, then by a sentence that takes up the one before, then by shared words', () => {
    const hit = { index: 1, text: 'Der Antrag ist schriftlich zu stellen.' };
    expect(same({ index: 2, text: 'Er kann auch elektronisch gestellt werden.' }, hit)).toBe(true);
    expect(same({ index: 3, text: 'Die Entscheidung nach Satz 2 kann elektronisch bekannt gegeben werden.' }, hit)).toBe(false);
    expect(same({ index: 3, text: 'Anträge nach Satz 1 können auch elektronisch gestellt werden.' }, hit)).toBe(true);
    expect(same({ index: 2, text: 'Eine elektronische Antragstellung ist zulässig.' }, hit)).toBe(true);
    expect(same({ index: 2, text: 'Der Bescheid kann elektronisch bekannt gegeben werden.' }, hit)).toBe(false);
    // a sentence that names no act of its own concerns every act of its Absatz
    expect(same({ index: 2, text: 'Eine elektronische Übermittlung ist zulässig.' }, hit)).toBe(true);
    expect(same({ index: 2, text: 'Die Schriftform kann durch die elektronische Form ersetzt werden.' }, hit)).toBe(true);
    expect(same({ index: 2, text: 'Zusätzlich soll der Antrag auch elektronisch übermittelt werden.' }, hit)).toBe(false);
    // the paper thing as such, and the word families of one act (the sentences the rewrite appends)
    const carry = { index: 1, text: 'Der Beförderer hat eine Ausfertigung der Bescheinigung mitzuführen.' };
    expect(same({ index: 2, text: 'Statt des Papierdokuments genügt ein elektronisches Dokument, das auf einem mobilen Endgerät vorgezeigt wird.' }, carry)).toBe(true);
    expect(same({ index: 2, text: 'Der Wertpapierprospekt kann elektronisch veröffentlicht werden.' }, carry)).toBe(false);
    const signed = { index: 1, text: 'Die Eintragungsberechtigten haben sich persönlich und eigenhändig einzutragen.' };
    expect(same({ index: 2, text: 'Die Unterschrift kann durch eine elektronische Form ersetzt werden.' }, signed)).toBe(true);
    expect(same({ index: 2, text: 'Die Unterschrift kann durch eine elektronische Form ersetzt werden.' }, { index: 1, text: 'Die Erklärung ist eigenhändig unterschrieben einzureichen.' })).toBe(true);
  });

  it('the index of an Absatz decides as the test of each pair of sentences', () => {
    const texts = [
      'Der Antrag ist schriftlich zu stellen.',
      'Die Anzeige kann auch elektronisch erstattet werden.',
      'Er kann auch elektronisch übermittelt werden.',
      'Die Entscheidung nach Satz 1 kann elektronisch bekannt gegeben werden.',
      'Zusätzlich ist der Antrag elektronisch zu übermitteln.',
      'Die Anzeige ist schriftlich zu erstatten.',
      'Bei papiergebundener Einreichung gilt § 1.',
      'Eine elektronische Übermittlung ist zulässig.',
    ];
    const acts = texts.map((text, i) => ({ start: i * 100, act: readAct({ index: i + 1, text }, null) }));
    const offerSets = [...acts.map((o) => [o]), acts.slice(1, 5), acts];
    for (const offers of offerSets) {
      const index = new AbsatzActs(offers);
      for (const hit of acts) {
        const pairwise = offers.some((o) => o.start !== hit.start && concernsSameAct(o.act, hit.act));
        expect(index.concerns(hit.act, hit.start), `${offers.map((o) => o.act.index)} → ${hit.act.index}`).toBe(pairwise);
      }
    }
  });
});
