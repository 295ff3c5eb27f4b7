import { describe, expect, it } from 'vitest';
import { codes } from './check-codes';

/** Guard classes fixed after the dev-13 sweep (README-rules-dev.md, "Dev set 13"), each flagged and accepted. */
describe('dev 13: an electronic word in another item of an enumeration', () => {
  it('leaves the paper copies of the other item a finding (BerVersV § 18)', () => {
    expect(
      codes(
        'Die Unternehmen haben der Bundesanstalt einzureichen 1. den Geschäftsbericht in doppelter Ausfertigung, 2. eine Übersetzung des Berichts in einfacher Ausfertigung sowie in elektronischer Form.',
      ),
    ).toContain('papier_vordruck');
    expect(
      codes('Der Behörde sind vorzulegen: 1. der Bauplan in dreifacher Ausfertigung, 2. die Baubeschreibung, die auch elektronisch übermittelt werden kann.'),
    ).toContain('papier_vordruck');
  });

  it('still lets the electronic route count in the hit’s own item, in the lead-in and between alternatives', () => {
    expect(codes('Die Unternehmen haben einzureichen 1. den Geschäftsbericht in doppelter Ausfertigung oder in elektronischer Form, 2. den Prüfbericht.')).not.toContain(
      'papier_vordruck',
    );
    expect(codes('Elektronisch oder in Papierform sind einzureichen 1. der Antrag in zweifacher Ausfertigung, 2. der Lageplan.')).not.toContain('papier_vordruck');
    expect(codes('Der Antrag ist 1. schriftlich oder 2. elektronisch zu stellen.')).toEqual([]);
  });

  it('judges a list of options or powers as one choice', () => {
    expect(
      codes('Der Vorstand kann vorsehen, dass Mitglieder 1. im Wege der elektronischen Kommunikation an der Versammlung teilnehmen, 2. ihre Stimmen vor der Versammlung schriftlich abgeben.'),
    ).toEqual([]);
  });
});

describe('dev 13: a website publication added with "und" is another act', () => {
  it('leaves the letter or the written notice to the person a finding (GasGVV § 5)', () => {
    expect(
      codes('Der Versorger hat eine briefliche Mitteilung an jeden Kunden zu versenden und die neuen Preise auf seiner Internetseite zu veröffentlichen.'),
    ).toEqual(['postalisch']);
    expect(codes('Die Entscheidung ist den Beteiligten schriftlich bekannt zu geben und im Internet zu veröffentlichen.')).toEqual(['schriftform']);
  });

  it('keeps the website as an alternative route where "oder" joins it', () => {
    expect(codes('Die Mitteilung kann durch Brief oder durch Veröffentlichung auf der Internetseite erfolgen.')).toEqual([]);
    expect(codes('Der Bescheid ist schriftlich zu erteilen oder auf der Internetseite zu veröffentlichen.')).toEqual([]);
  });
});
