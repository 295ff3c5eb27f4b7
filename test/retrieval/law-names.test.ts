import { describe, expect, it } from 'vitest';
import { lawNameTable, looseNameKey, mentionedAreas, mentionedAuthorityJurisdictions, mentionedJurisdictions } from '../../server/retrieval/law-names';

const table = lawNameTable([
  { abbreviation: 'VwVfG', title: 'Verwaltungsverfahrensgesetz' },
  { abbreviation: 'NVwVfG', title: 'Niedersächsisches Verwaltungsverfahrensgesetz' },
  { abbreviation: 'NDIG', title: 'Niedersächsisches Gesetz über digitale Verwaltung und Informationssicherheit' },
  { abbreviation: 'BGB', title: 'Bürgerliches Gesetzbuch' },
]);

describe('law names in free text', () => {
  it('ignores the inflection of long titles', () => {
    expect(looseNameKey('Niedersächsischen Verwaltungsverfahrensgesetzes')).toBe(looseNameKey('Niedersächsisches Verwaltungsverfahrensgesetz'));
    expect(table.mentioned('nach § 3 des Niedersächsischen Gesetzes über digitale Verwaltung und Informationssicherheit')).toEqual(['NDIG']);
    expect(table.resolve('Bürgerlichen Gesetzbuchs')).toBe('BGB');
  });

  it('lets the longest name win over a name it contains', () => {
    expect(table.mentioned('Für welche Bereiche gilt das niedersächsische Verwaltungsverfahrensgesetz nicht?')).toEqual(['NVwVfG']);
    expect(table.mentioned('Gilt das Verwaltungsverfahrensgesetz?')).toEqual(['VwVfG']);
    expect(table.mentioned('VwVfG und NVwVfG').sort()).toEqual(['NVwVfG', 'VwVfG']);
  });

  it('keeps short abbreviations exact', () => {
    expect(table.resolve('VwVfGs')).toBeUndefined();
    expect(table.mentioned('das bgb')).toEqual([]);
  });

  it('recognises the Land and fields of law', () => {
    expect(mentionedJurisdictions('Müssen niedersächsische Behörden …?')).toEqual(['Niedersachsen']);
    expect(mentionedJurisdictions('in Nds. geregelt')).toEqual(['Niedersachsen']);
    expect(mentionedJurisdictions('Landesbehörden des Bundes')).toEqual([]);
    // a federal authority as the actor names federal law; "des Bundes" alone (Land authorities executing it) does not
    expect(mentionedAuthorityJurisdictions('Ein Bundesamt will Zeugen vernehmen')).toEqual(['Bund']);
    expect(mentionedAuthorityJurisdictions('Darf das Bundesministerium des Innern das regeln?')).toEqual(['Bund']);
    expect(mentionedAuthorityJurisdictions('Landesbehörden, die Bundesrecht ausführen, und Gesetze des Bundes')).toEqual([]);
    expect(mentionedAuthorityJurisdictions('Muss die Stadt den Bauantrag annehmen?')).toEqual([]);
    expect(mentionedAuthorityJurisdictions('Gilt das Bundesverwaltungsverfahrensgesetz für niedersächsische Kommunen?')).toEqual([]);
    expect(mentionedAreas('Schriftform im Zivilrecht')).toEqual(['BGB']);
    expect(mentionedAreas('sozialrechtliche Anträge')).toEqual(['SGB I', 'SGB X']);
    expect(mentionedAreas('Verwaltungsakt')).toEqual([]);
    // a field named only to exclude it selects nothing; a later positive mention still does
    expect(mentionedAreas('Wirksamkeit (allgemeines Verfahrensrecht, nicht Steuer- oder Sozialrecht)')).toEqual([]);
    expect(mentionedAreas('gilt das auch außer im Zivilrecht?')).toEqual([]);
    expect(mentionedAreas('kein Sozialrecht, sondern Zivilrecht')).toEqual(['BGB']);
    expect(mentionedAreas('nicht nur im Bund, auch im Sozialrecht')).toEqual(['SGB I', 'SGB X']);
  });
});

describe('looseNameKey on a word as long as a chat message', () => {
  it('strips the ending of the words that end, and leaves a long word that does not', () => {
    const long = 'x'.repeat(99_000);
    expect(looseNameKey(`${long}es1 Gesetzes`)).toBe(looseNameKey(`${long}es1 Gesetz`));
    expect(looseNameKey(`${long}es1 Gesetzes`)).not.toBe(looseNameKey(`${long}1 Gesetz`));
  });
});
