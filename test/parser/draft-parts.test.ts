import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft, nominative } from '../../server/parser/draft';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { buildOutline } from '../../server/parser/outline';
import { checkDocument } from '../../server/rules/engine';
import { findingsOutsideLaw } from '../../bench/lib/layout-variants';

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');
const DRUCKSACHE = readFileSync(join(FIXTURES, 'drucksache-verfahrensdigitalisierung.txt'), 'utf8');
const NBAUO = join(import.meta.dirname, '../../../shared/data/nds/NBauO.md');

describe('parts of a Bundestag Drucksache', () => {
  const doc = parseDraft(DRUCKSACHE);
  const findings = checkDocument(doc);

  it('recognises cover, Vorblatt, Inhaltsübersicht, law text, Begründung per Artikel, Stellungnahme and Gegenäußerung', () => {
    expect(doc.parts!.map((p) => p.kind)).toEqual([
      'cover',
      'vorblatt',
      'law',
      'inhaltsuebersicht',
      'law',
      'begruendung',
      'begruendung',
      'begruendung',
      'begruendung',
      'begruendung',
      'begruendung',
      'begruendung',
      'begruendung',
      'stellungnahme',
      'gegenaeusserung',
    ]);
    expect(doc.parts!.filter((p) => p.article).map((p) => p.article)).toEqual(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 4', 'Artikel 5']);
  });

  it('takes the title from the Gesetz, not from the cover line', () => {
    expect(doc.title).toBe('Entwurf eines Gesetzes zur Digitalisierung von Verfahren in Familiensachen und im Strafverfahren (Verfahrensdigitalisierungsgesetz – VerfDigG)');
  });

  it('takes the title above Artikel 1 when the draft has no Eingangsformel, as Hessen prints none', () => {
    const hessen = [
      'Gesetzentwurf',
      'der Landesregierung',
      'für ein Gesetz zur Änderung der Hessischen Bauordnung',
      'A. Problem',
      'Die Bauordnung verlangt die Schriftform.',
      'B. Lösung',
      'Keine.',
      'Gesetz zur Änderung der Hessischen Bauordnung',
      'Vom',
      'Artikel 1',
      'Änderung der Hessischen Bauordnung',
      'Die Hessische Bauordnung vom 28. Mai 2018 (GVBl. S. 198) wird wie folgt geändert:',
    ].join('\n');
    const d = parseDraft(hessen);
    expect(d.title).toBe('Gesetz zur Änderung der Hessischen Bauordnung');
    expect(d.parts!.find((p) => p.kind === 'law')!.start).toBe(hessen.indexOf('Gesetz zur Änderung der Hessischen Bauordnung\nVom'));
    // without the "Vom" line nothing marks a title block: the law text starts at Artikel 1
    expect(parseDraft(hessen.replace('\nVom\n', '\n')).parts!.find((p) => p.kind === 'law')!.start).toBe(hessen.replace('\nVom\n', '\n').indexOf('Artikel 1'));
  });

  it('finds every Artikel once; no line of the Inhaltsübersicht becomes a provision', () => {
    const instructions = doc.provisions.filter((p) => p.label.startsWith('Artikel'));
    expect(instructions.map((p) => p.label)).toEqual(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 4', 'Artikel 5']);
    const toc = doc.parts!.find((p) => p.kind === 'inhaltsuebersicht')!;
    expect(doc.provisions.filter((p) => p.start < toc.end && p.end > toc.start)).toEqual([]);
    // "In der Inhaltsübersicht wird … folgende Angabe eingefügt: „§ 158a Schriftlicher Strafantrag“" is a table line
    expect(doc.provisions.filter((p) => p.label === '§ 158a')).toHaveLength(1);
  });

  it('attributes an inserted block of four §§ to the right law and § each, with the Nummer of the draft', () => {
    const famfg = doc.provisions.filter((p) => p.article === 'Artikel 2' && p.amendedWording && /^§ 14[c-f]$/.test(p.label));
    expect(famfg.map((p) => p.label)).toEqual(['§ 14c', '§ 14d', '§ 14e', '§ 14f']);
    for (const p of famfg) {
      expect(p.targetLaw).toMatch(/^Gesetz über das Verfahren in Familiensachen/);
      expect(p.number).toBe('2');
    }
    const original = findings.find((f) => f.category === 'original_beglaubigung' && f.location.article === 'Artikel 2')!;
    expect(original.location).toMatchObject({ section: '§ 14e' });
    expect(original.location.law).not.toMatch(/Strafprozess|StPO/);
  });

  it('splits a quoted Kapitel into its §§ and names the amended Buch in the nominative', () => {
    const sgb = doc.provisions.filter((p) => p.article === 'Artikel 3' && p.amendedWording);
    expect(sgb.map((p) => [p.label, p.title, p.targetLaw])).toEqual([
      ['§ 110', 'Anträge', 'Achtes Buch Sozialgesetzbuch'],
      ['§ 111', 'Nachweise', 'Achtes Buch Sozialgesetzbuch'],
    ]);
  });

  it('keeps Nummer and Buchstabe of a change inside a Nummer', () => {
    const fax = doc.provisions.find((p) => p.article === 'Artikel 2' && p.label === '§ 15' && p.letter === 'b')!;
    expect(fax).toMatchObject({ number: '3', letter: 'b' });
  });

  it('reports findings only from the law text: Vorblatt, Begründung and Stellungnahme are not checked', () => {
    expect(findings.length).toBeGreaterThan(5);
    expect(findingsOutsideLaw(doc, findings)).toEqual([]);
    const outline = buildOutline(doc, findings);
    expect(outline.filter((e) => !e.checked).every((e) => e.findings === 0)).toBe(true);
    expect(outline.reduce((n, e) => n + e.findings, 0)).toBe(findings.length);
    expect(outline.find((e) => e.kind === 'vorblatt')).toMatchObject({ checked: false, ref: 'Vorblatt' });
    expect(outline.find((e) => e.section === '§ 14d')).toMatchObject({ kind: 'amendment', ref: expect.stringMatching(/^Artikel 2 Nummer 2 – § 14d /), findings: 2 });
  });
});

describe('statutes stay statutes', () => {
  const STATUTE = [
    'Niedersächsisches Gesetz über Fischereierlaubnisse (NFischErlG)',
    '',
    '§ 1 Antrag',
    '(1) Die Fischereierlaubnis wird auf schriftlichen Antrag erteilt.',
    '(2) Dem Antrag ist ein Lichtbild beizufügen.',
    '',
    '§ 2 Änderung des Niedersächsischen Fischereigesetzes',
    'In § 57 Abs. 2 des Niedersächsischen Fischereigesetzes vom 1. Februar 1978 (Nds. GVBl. S. 81), zuletzt geändert durch Artikel 3 des Gesetzes vom 20. Mai 2019 (Nds. GVBl. S. 88), wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.',
    '',
    '§ 3 Inkrafttreten',
    'Dieses Gesetz tritt am Tag nach seiner Verkündung in Kraft.',
  ].join('\n');

  it('reads a law whose last § amends another law as a statute, cited by its own abbreviation', () => {
    const doc = parseDraft(STATUTE);
    expect(doc.provisions.filter((p) => !p.amendedWording).map((p) => p.label)).toEqual(['§ 1', '§ 2', '§ 3']);
    const wording = doc.provisions.filter((p) => p.amendedWording);
    expect(wording).toHaveLength(1);
    expect(wording[0]).toMatchObject({ label: '§ 57', targetLaw: 'Niedersächsisches Fischereigesetz' });
    const findings = checkDocument(doc);
    expect(findings.find((f) => f.category === 'schriftform')!.location).toMatchObject({ law: 'NFischErlG', section: '§ 1', paragraph: '1' });
  });

  it.skipIf(!existsSync(NBAUO))('finds the same hindrances in the NBauO uploaded as plain text as in the statute itself', () => {
    const md = readFileSync(NBAUO, 'utf8');
    const plain = `Niedersächsische Bauordnung (NBauO)\n\n${md.slice(md.indexOf('\n---\n', 4) + 5).replace(/^#+ /gm, '')}`;
    const doc = parseDraft(plain);
    const sections = doc.provisions.filter((p) => !p.amendedWording);
    expect(sections.length).toBeGreaterThan(90);
    expect(sections.at(-2)).toMatchObject({ label: '§ 87', title: 'Änderung von Rechtsvorschriften' });
    const key = (f: { category: string; location: { section?: string; paragraph?: string } }) => `${f.category} ${f.location.section} ${f.location.paragraph}`;
    const expected = checkDocument(parseLawMarkdown(md)).map(key).sort();
    const got = checkDocument(doc);
    expect(got.map(key).sort()).toEqual(expected);
    expect(got.every((f) => f.location.law === 'NBauO')).toBe(true);
  });
});

describe('amended law in the nominative', () => {
  it.each([
    ['Achten Buches Sozialgesetzbuch', 'Achtes Buch Sozialgesetzbuch'],
    ['Niedersächsischen Gesetzes über Märkte und Volksfeste', 'Niedersächsisches Gesetz über Märkte und Volksfeste'],
    ['Wettbewerbsregistergesetzes', 'Wettbewerbsregistergesetz'],
    ['Akteneinsichts- und Informationszugangsgesetzes', 'Akteneinsichts- und Informationszugangsgesetz'],
    ['Bürgerlichen Gesetzbuchs', 'Bürgerliches Gesetzbuch'],
    ['Niedersächsischen Bauordnung', 'Niedersächsische Bauordnung'],
    ['Strafprozessordnung', 'Strafprozessordnung'],
  ])('%s → %s', (genitive, nom) => {
    expect(nominative(genitive)).toBe(nom);
  });
});

describe('unbalanced quotation marks', () => {
  it('are a warning with the place, never silent', () => {
    const doc = parseDraft(
      [
        'Artikel 1',
        'Änderung des Niedersächsischen Gaststättengesetzes',
        'Das Niedersächsische Gaststättengesetz vom 10. November 2011 (Nds. GVBl. S. 415) wird wie folgt geändert:',
        '1. In § 2 Abs. 1 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch ersetzt.',
        '2. § 4 wird aufgehoben.',
      ].join('\n'),
    );
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings![0]).toMatchObject({ code: 'unbalanced_quote' });
    expect(doc.warnings![0]!.message).toMatch(/^Anführungszeichen „ ohne Gegenstück \(Artikel 1, Zeile 4\)/);
    expect(doc.text[doc.warnings![0]!.start]).toBe('„');
  });
});
