import { describe, expect, it } from 'vitest';
import { amendmentCommand, applyEdit, buildAmendment, strikeAndAdd, unitPhrase } from '../../server/rules/amendment';

describe('unitPhrase', () => {
  it.each([
    [{ section: '§ 5', paragraph: '2', sentence: 1 }, '§ 5 Absatz 2 Satz 1'],
    [{ section: '§ 5', paragraph: '2', sentence: 1, number: '3' }, '§ 5 Absatz 2 Nummer 3'],
    [{ section: '§ 7', number: '2', letter: 'b' }, '§ 7 Nummer 2 Buchstabe b'],
    [{ section: 'Art. 4', paragraph: '1' }, 'Artikel 4 Absatz 1'],
    [{}, ''],
  ])('%o → %s', (target, phrase) => expect(unitPhrase(target)).toBe(phrase));
});

describe('buildAmendment', () => {
  const t = { section: '§ 5', paragraph: '2', sentence: 1 };
  it('inserts words after one word', () => {
    expect(buildAmendment(t, { kind: 'insertAfter', anchor: 'schriftlich', at: 0, words: 'oder elektronisch' })).toBe(
      'In § 5 Absatz 2 Satz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.',
    );
  });
  it('agrees the verb with a single inserted word and a multi-word anchor', () => {
    expect(buildAmendment(t, { kind: 'insertAfter', anchor: 'in Papierform', at: 0, words: 'elektronisch' })).toBe(
      'In § 5 Absatz 2 Satz 1 wird nach den Wörtern „in Papierform“ das Wort „elektronisch“ eingefügt.',
    );
  });
  it('quotes words on one line even when the source breaks the line', () => {
    expect(buildAmendment(t, { kind: 'replace', target: 'zu\nProtokoll', at: 0, by: 'elektronisch oder zu\nProtokoll' })).toBe(
      'In § 5 Absatz 2 Satz 1 werden die Wörter „zu Protokoll“ durch die Wörter „elektronisch oder zu Protokoll“ ersetzt.',
    );
  });
  it('deletes words', () => {
    expect(buildAmendment({ section: '§ 12', paragraph: '1', sentence: 2 }, { kind: 'delete', target: 'durch Einschreiben', at: 0 })).toBe(
      'In § 12 Absatz 1 Satz 2 werden die Wörter „durch Einschreiben“ gestrichen.',
    );
  });
  it('replaces a word (singular on both sides)', () => {
    expect(buildAmendment({ section: '§ 3', paragraph: '4' }, { kind: 'replace', target: 'Telefax', at: 0, by: 'elektronisch' })).toBe(
      'In § 3 Absatz 4 wird das Wort „Telefax“ durch das Wort „elektronisch“ ersetzt.',
    );
  });
  it('treats § and numbers as „Angabe“', () => {
    expect(buildAmendment({ section: '§ 3' }, { kind: 'replace', target: '§ 126', at: 0, by: '§ 126b' })).toBe(
      'In § 3 wird die Angabe „§ 126“ durch die Angabe „§ 126b“ ersetzt.',
    );
  });
  it('appends a sentence to the Absatz (never to a Satz)', () => {
    expect(buildAmendment(t, { kind: 'appendSentence', sentence: 'Er kann auch elektronisch gestellt werden.' })).toBe(
      'Dem § 5 Absatz 2 wird folgender Satz angefügt: „Er kann auch elektronisch gestellt werden.“',
    );
    expect(buildAmendment({}, { kind: 'appendSentence', sentence: 'X ist Y.' })).toBe('Der Vorschrift wird folgender Satz angefügt: „X ist Y.“');
  });
  it('names only the changed words of a replacement that strikes its start and adds after its end (cash rule)', () => {
    const edit = { kind: 'replace' as const, target: 'bar bei der Kasse zu entrichten', at: 0, by: 'bei der Kasse zu entrichten; die Zahlung ist auch unbar möglich' };
    expect(buildAmendment({ section: '§ 3', paragraph: '1' }, edit)).toBe(
      'In § 3 Absatz 1 wird das Wort „bar“ gestrichen und werden nach dem Wort „entrichten“ ein Semikolon und die Wörter „die Zahlung ist auch unbar möglich“ eingefügt.',
    );
    expect(amendmentCommand({ lead: 'Artikel 1 Nummer 2', targets: [{ section: '§ 3', paragraph: '1' }], edit })).toBe(
      'In Artikel 1 Nummer 2 wird in § 3 Absatz 1 das Wort „bar“ gestrichen und werden nach dem Wort „entrichten“ ein Semikolon und die Wörter „die Zahlung ist auch unbar möglich“ eingefügt.',
    );
  });
  it('falls back to "In der Vorschrift" without a location', () => {
    expect(buildAmendment({}, { kind: 'delete', target: 'eigenhändig', at: 0 })).toBe('In der Vorschrift wird das Wort „eigenhändig“ gestrichen.');
  });
});

describe('applyEdit rewrites the sentence', () => {
  const s = 'Der Antrag ist schriftlich zu stellen.';
  it('insert', () => expect(applyEdit(s, 100, { kind: 'insertAfter', anchor: 'schriftlich', at: 115, words: 'oder elektronisch' })).toBe('Der Antrag ist schriftlich oder elektronisch zu stellen.'));
  it('delete', () =>
    expect(applyEdit('Sie ist durch Einschreiben mitzuteilen.', 0, { kind: 'delete', target: 'durch Einschreiben', at: 8 })).toBe('Sie ist mitzuteilen.'));
  it('replace', () => expect(applyEdit('Per Telefax genügt.', 0, { kind: 'replace', target: 'Per Telefax', at: 0, by: 'Elektronisch' })).toBe('Elektronisch genügt.'));
  it('append', () => expect(applyEdit(s, 0, { kind: 'appendSentence', sentence: 'Satz 1 gilt entsprechend.' })).toBe(`${s} Satz 1 gilt entsprechend.`));
  it('keeps the sentence when offsets do not fit', () => expect(applyEdit(s, 0, { kind: 'delete', target: 'xyz', at: 500 })).toBe(s));
});

describe('strikeAndAdd', () => {
  it('splits a replacement into the struck start and the words added after the last kept word', () => {
    expect(strikeAndAdd('nur in bar zu zahlen', 'zu zahlen; die Zahlung ist auch unbar möglich')).toEqual({ struck: 'nur in bar ', anchor: 'zahlen', added: '; die Zahlung ist auch unbar möglich' });
  });
  it('takes a longer anchor when the last kept word occurs twice', () => {
    expect(strikeAndAdd('bar zu zahlen oder zu zahlen', 'zu zahlen oder zu zahlen, wenn nötig')?.anchor).toBe('oder zu zahlen');
  });
  it.each([
    ['a plain replacement', 'per Telefax', 'elektronisch'],
    ['an insertion before the words', 'zu Protokoll', 'elektronisch oder zu Protokoll'],
    ['a struck start without added words', 'nur in bar zu zahlen', 'zu zahlen'],
    ['kept words that end inside a word', 'bar zu zahlen', 'zu zahlende Gebühr'],
  ])('is undefined for %s', (_, target, by) => expect(strikeAndAdd(target, by)).toBeUndefined());
});
