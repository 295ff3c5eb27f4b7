import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../server/contracts/search';
import { relevantHits, sectionOf } from '../../server/services/chat/relevance';

const hit = (text: string, over: Partial<SearchHit> = {}): SearchHit => ({
  law: 'VwVfG',
  ref: '§ 3a Abs. 2',
  title: 'Elektronische Kommunikation',
  text,
  score: 10,
  kind: 'law',
  ...over,
});

const QUESTION = 'Wie wird die Schriftform durch die elektronische Signatur ersetzt?';
const ON_TOPIC = 'Die Schriftform kann durch die elektronische Form ersetzt werden; dafür ist eine qualifizierte elektronische Signatur nötig.';
const OFF_TOPIC = 'Die Rechtsfähigkeit des Menschen beginnt mit der Vollendung der Geburt.';

describe('relevantHits', () => {
  it('keeps hits that share the question’s topic and drops the others', () => {
    const keep = hit(ON_TOPIC);
    const drop = hit(OFF_TOPIC, { law: 'BGB', ref: '§ 1', title: 'Rechtsfähigkeit', score: 9 });
    expect(relevantHits(QUESTION, [keep, drop])).toEqual([keep]);
  });

  it('judges a hit by its current text, also when the same provision was judged before with another text', () => {
    // the same law, ref and title with another wording (a corpus update) must not inherit the earlier verdict
    expect(relevantHits(QUESTION, [hit(ON_TOPIC)])).toHaveLength(1);
    expect(relevantHits(QUESTION, [hit(OFF_TOPIC)])).toHaveLength(0);
    expect(relevantHits(QUESTION, [hit(ON_TOPIC)])).toHaveLength(1);
  });

  it('gives the same answer for the same question and hits, first or repeated', () => {
    const hits = [hit(ON_TOPIC), hit(OFF_TOPIC, { law: 'BGB', ref: '§ 1', score: 9 }), hit(`${ON_TOPIC} Zustellung`, { ref: '§ 3a Abs. 3', score: 6 })];
    const first = relevantHits(QUESTION, hits);
    expect(relevantHits(QUESTION, hits)).toEqual(first);
  });

  it('counts a question word by the field it names and by its statute word, anchored by the field', () => {
    // "Umzug" names the BMG's field (sachgebiete.tsv), "E-Mail" stands there as "elektronisch": the provision on the
    // "Anmeldung" shares no word of the question literally
    const question = 'Kann man den Umzug per E-Mail mitteilen?';
    const anmeldung = hit('Die meldepflichtige Person darf bei einer elektronischen Anmeldung die gespeicherten Daten elektronisch anfordern.', {
      law: 'BMG',
      ref: '§ 23a Abs. 2',
      title: 'Elektronische Anmeldung',
    });
    expect(relevantHits(question, [anmeldung])).toEqual([anmeldung]);
    // the same words in a law of another field: "elektronisch" alone is a paraphrase that fits anything electronic
    expect(relevantHits(question, [{ ...anmeldung, law: 'VwVfG', ref: '§ 3a Abs. 2' }])).toEqual([]);
  });

  it('counts the field once: a § of the field’s law that shares nothing else with the question is not admitted', () => {
    // "Umzug", "ummelden" and "Bürgeramt" all name the Meldewesen: one topic, not three shared words
    const question = 'Kann man sich nach einem Umzug komplett online ummelden oder muss man aufs Bürgeramt?';
    const register = hit('Die Meldebehörden führen Melderegister.', { law: 'BMG', ref: '§ 2 Abs. 1', title: 'Aufgaben der Meldebehörden' });
    expect(relevantHits(question, [register])).toEqual([]);
  });
});

describe('sectionOf', () => {
  it('cuts the Absatz off the reference, also after several blanks', () => {
    expect(sectionOf(hit(''))).toBe('§ 3a');
    expect(sectionOf(hit('', { ref: '§ 3a   Abs. 2 Satz 1' }))).toBe('§ 3a');
    expect(sectionOf(hit('', { ref: 'Art. 5' }))).toBe('Art. 5');
    expect(sectionOf(hit('', { section: '§ 4', ref: '§ 3a Abs. 2' }))).toBe('§ 4');
  });
});
