import { describe, expect, it } from 'vitest';
import { borrowedLaws, lawNameTable, looseNameKey, mentionedAreas, mentionedAuthorityJurisdictions, mentionedJurisdictions } from '../../server/retrieval/law-names';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { createSearchIndexFromDocuments } from '../../server/retrieval/index';

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

describe('a law the question borrows from is no law it asks about (borrowedLaws)', () => {
  const borrowed = (q: string) => borrowedLaws(q, table);

  it('the object of heranziehen, zurückgreifen, verweisen auf, gilt … entsprechend is borrowed', () => {
    expect(borrowed('Darf man im Verwaltungsverfahren das BGB heranziehen?')).toEqual(['BGB']);
    expect(borrowed('Gilt das Bürgerliche Gesetzbuch bei Verträgen der Gemeinde entsprechend?')).toEqual(['BGB']);
    // a field of law named as the source counts as its law
    expect(borrowed('Können wir, wo das VwVfG schweigt, auf das Zivilrecht zurückgreifen?')).toEqual(['BGB']);
  });

  it('the law that frames the question keeps its name: after nach/im, as the one that refers, in another clause', () => {
    expect(borrowed('Das VwVfG verweist auf das BGB – was folgt daraus?')).toEqual(['BGB']);
    expect(borrowed('Welche Regeln des BGB gelten nach dem VwVfG entsprechend?')).toEqual(['BGB']);
    expect(borrowed('Können wir, wo das VwVfG schweigt, auf das Zivilrecht zurückgreifen?')).not.toContain('VwVfG');
  });

  it('applying a law without „entsprechend“ asks about its own scope; plain questions borrow nothing', () => {
    expect(borrowed('Ist das VwVfG auf Verfahren der Finanzämter anwendbar?')).toEqual([]);
    expect(borrowed('Welche Vorschriften sind nach dem VwVfG im Planfeststellungsverfahren anzuwenden?')).toEqual([]);
    expect(borrowed('Welche Form braucht ein Mietvertrag nach dem BGB?')).toEqual([]);
  });
});

describe('search: the borrowed law does not lift its own §§', () => {
  const docs = [
    [
      '# Verwaltungsverfahrensgesetz (VwVfG)',
      '## § 54 Zulässigkeit des Vertrags',
      'Ein Rechtsverhältnis des öffentlichen Rechts kann durch Vertrag begründet werden, soweit Rechtsvorschriften nicht entgegenstehen.',
      '## § 61 Unterwerfung unter die sofortige Vollstreckung',
      'Jeder Vertragschließende kann sich der sofortigen Vollstreckung aus einem Vertrag unterwerfen.',
      '## § 62 Ergänzende Anwendung',
      'Ergänzend gelten für Verträge der Behörden die Vorschriften über Schuldverhältnisse entsprechend.',
    ],
    [
      '# Bürgerliches Gesetzbuch (BGB)',
      '## § 311 Schuldverhältnisse aus Vertrag',
      'Zur Begründung eines Schuldverhältnisses durch Rechtsgeschäft ist ein Vertrag zwischen den Beteiligten erforderlich.',
      '## § 433 Kaufvertrag',
      'Durch den Kaufvertrag wird der Verkäufer verpflichtet, dem Käufer die Sache zu übergeben.',
      '## § 488 Darlehensvertrag',
      'Durch den Darlehensvertrag wird der Darlehensgeber verpflichtet, dem Darlehensnehmer den Geldbetrag zur Verfügung zu stellen.',
    ],
  ].map((lines) => parseLawMarkdown(lines.join('\n\n')));
  const index = createSearchIndexFromDocuments(docs, { decompound: true, synonyms: false, thesaurus: false, concepts: false });
  const top = (q: string) => index.search(q, { k: 1 }).map((h) => `${h.law} ${h.section}`)[0];

  it('asks for the provision that borrows', () => {
    // with the BGB's name boost, its § 311 would win both
    expect(top('Darf eine Behörde beim Vertrag auf die Regeln über Schuldverhältnisse aus dem BGB zurückgreifen?')).toBe('VwVfG § 62');
    expect(top('Gilt für einen Vertrag das Recht der Schuldverhältnisse aus dem BGB entsprechend?')).toBe('VwVfG § 62');
  });

  it('a question about the law itself keeps its boost', () => {
    expect(top('Welche Vorschriften des BGB gelten für einen Kaufvertrag?')).toBe('BGB § 433');
    expect(top('Wann entsteht nach dem BGB ein Schuldverhältnis aus einem Vertrag?')).toBe('BGB § 311');
  });
});
