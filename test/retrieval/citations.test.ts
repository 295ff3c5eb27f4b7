import { describe, expect, it } from 'vitest';
import { parseCitations, parseSectionRefs } from '../../server/retrieval/citations';

describe('parseCitations', () => {
  it.each([
    ['§ 3a Abs. 2 VwVfG', [{ law: 'VwVfG', section: '§ 3a', paragraph: '2' }]],
    ['§ 3a Absatz 2 VwVfG', [{ law: 'VwVfG', section: '§ 3a', paragraph: '2' }]],
    ['§§ 9 ff. NDIG', [{ law: 'NDIG', section: '§ 9', following: 'ff' }]],
    ['§§ 3, 4 EGovG', [{ law: 'EGovG', section: '§ 3', inList: true }, { law: 'EGovG', section: '§ 4', inList: true }]],
    ['Art. 5 DSGVO', [{ law: 'DSGVO', section: 'Art. 5' }]],
    ['Art. 6 Abs. 1 DSGVO', [{ law: 'DSGVO', section: 'Art. 6', paragraph: '1' }]],
    ['NDIG § 7', [{ law: 'NDIG', section: '§ 7' }]],
    ['§ 7 des NDIG', [{ law: 'NDIG', section: '§ 7' }]],
    ['Paragraf 7 NDIG', [{ law: 'NDIG', section: '§ 7' }]],
    ['§ 126 I BGB', [{ law: 'BGB', section: '§ 126', paragraph: '1' }]],
    ['§ 36a SGB I', [{ law: 'SGB I', section: '§ 36a' }]],
    ['§ 2 SGB X', [{ law: 'SGB X', section: '§ 2' }]],
    ['BITV 2.0 § 3', [{ law: 'BITV 2.0', section: '§ 3' }]],
    ['§ 5 Abs. 2 Satz 1 Nr. 3 EGovG', [{ law: 'EGovG', section: '§ 5', paragraph: '2' }]],
  ])('%s', (q, expected) => {
    expect(parseCitations(q)).toEqual(expected);
  });

  it('expands ranges, also with letters', () => {
    expect(parseCitations('§§ 27a bis 27c VwVfG').map((c) => c.section)).toEqual(['§ 27a', '§ 27b', '§ 27c']);
    expect(parseCitations('§§ 2 bis 4 OZG').map((c) => c.section)).toEqual(['§ 2', '§ 3', '§ 4']);
    expect(parseCitations('§§ 2 bis 4 OZG nach § 1 OZG').map((c) => c.inList)).toEqual([true, true, true, undefined]);
  });

  it('finds citations inside a question', () => {
    expect(parseCitations('Gilt § 3 NDIG auch für Schulen?')).toEqual([{ law: 'NDIG', section: '§ 3' }]);
    expect(parseCitations('Was regelt § 35a VwVfG zur Automatisierung?')).toEqual([{ law: 'VwVfG', section: '§ 35a' }]);
  });

  it('does not take ordinary words for a law', () => {
    expect(parseCitations('Wie ist § 3 Satz 2 zu verstehen?')).toEqual([]);
    expect(parseCitations('Darf die Behörde Nachweise selbst abrufen?')).toEqual([]);
  });
});

describe('parseSectionRefs', () => {
  it('finds § references whatever the law is called', () => {
    expect(parseSectionRefs('Niedersächsisches Gesetz über digitale Verwaltung § 4 Abs. 2')).toEqual([{ section: '§ 4', paragraph: '2' }]);
    expect(parseSectionRefs('§§ 9 ff. des Gesetzes')).toEqual([{ section: '§ 9', following: 'ff' }]);
    expect(parseSectionRefs('Wo regelt das Gesetz die Nachweise?')).toEqual([]);
  });
});

describe('parseCitations on long words', () => {
  it('reads the longest law names whole', () => {
    expect(parseCitations('Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz § 3')).toEqual([
      { law: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz', section: '§ 3' },
    ]);
  });

  it('finds the citation after a run of capitals as long as a chat message', () => {
    expect(parseCitations(`${'Gg'.repeat(49_500)} und NDIG § 7`)).toEqual([{ law: 'NDIG', section: '§ 7' }]);
  });
});
