import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/contracts/finding';
import { textChanges } from '../../server/services/review/changes';
import { amendmentCommands } from '../../server/services/review/commands';
import { lawNameCases } from '../../server/services/review/law-name';
import { fundstelle } from '../../server/services/review/places';
import { reviewOf } from '../support/review';

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');


const STATUTE = `Niedersächsisches Gaststättengesetz (NGastG)

§ 1 Anzeige
(1) Wer ein Gaststättengewerbe betreiben will, hat dies der Behörde schriftlich anzuzeigen.
(2) Die Behörde bestätigt den Eingang der Anzeige.

§ 2 Stellvertretung
Die Bestellung einer Stellvertretung ist der Behörde schriftlich anzuzeigen.
`;

describe('Änderungsbefehle for the document at hand', () => {
  it('address the instruction of an amending draft and name the amended law', () => {
    const r = reviewOf(readFileSync(join(FIXTURES, 'aenderung-nkomvg.md'), 'utf8'));
    const aushang = r.findings.find((f) => f.location.section === '§ 11')!;
    expect(fundstelle(r, aushang)).toBe('Artikel 1 Nr. 1 Buchst. a (§ 11 Abs. 1 Satz 2 NKomVG)');
    const [group] = amendmentCommands(r, [aushang]);
    expect(group!.heading).toBe('Artikel 1 – Änderung: NKomVG');
    expect(group!.commands.map((c) => c.text)).toEqual([
      `In Artikel 1 Nummer 1 Buchstabe a wird dem § 11 Absatz 1 folgender Satz angefügt: „${(aushang.edit as { sentence: string }).sentence}“`,
    ]);
  });

  it('address the § of an amending law written in §§ (Bavarian style) as its Artikel', () => {
    const r = reviewOf(
      [
        'Gesetz zur Änderung des Bayerischen Feuerwehrgesetzes',
        'Der Landtag des Freistaates Bayern hat das folgende Gesetz beschlossen, das hiermit bekannt gemacht wird:',
        '§ 1',
        'Änderung des Bayerischen Feuerwehrgesetzes',
        'Das Bayerische Feuerwehrgesetz (BayFwG) vom 23. Dezember 1981 (BayRS 215-3-1-I), das zuletzt durch § 1 des Gesetzes vom 24. Juli 2023 (GVBl. S. 385) geändert worden ist, wird wie folgt geändert:',
        '1. Art. 6 Abs. 2 Satz 1 wird wie folgt gefasst:',
        '„Der Antrag auf Aufnahme in die Feuerwehr ist schriftlich zu stellen.“',
        '2. In Art. 8 Abs. 1 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.',
        '§ 2',
        'Inkrafttreten',
        'Dieses Gesetz tritt am 1. Januar 2026 in Kraft.',
      ].join('\n'),
    );
    expect(r.findings.map((f) => f.category)).toEqual(['schriftform']);
    const [f] = r.findings;
    expect(fundstelle(r, f!)).toBe('§ 1 Nr. 1 (Art. 6 Abs. 2 BayFwG)');
    const [group] = amendmentCommands(r, [f!]);
    expect(group!.heading).toBe('§ 1 – Änderung: BayFwG');
    expect(group!.commands.map((c) => c.text)).toEqual(['In § 1 Nummer 1 werden in Artikel 6 Absatz 2 nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.']);
    expect(f!.legalBasis).toContain('Art. 3a Abs. 2 und 3 BayVwVfG');
  });

  it('insert a sentence "nach Satz n" when more of the Absatz follows, and address an Artikel that enacts its own §§', () => {
    const r = reviewOf(readFileSync(join(FIXTURES, 'artikelgesetz-maerkte.txt'), 'utf8'));
    const texts = amendmentCommands(r, r.findings).flatMap((g) => g.commands.map((c) => c.text));
    expect(texts).toContainEqual(expect.stringMatching(/^In Artikel 1 Nummer 1 Buchstabe b wird in § 5 Absatz 3 nach Satz 1 folgender Satz eingefügt: „Die Unterschrift /));
    expect(texts).toContainEqual(expect.stringMatching(/^In Artikel 3 wird dem § 2 Absatz 2 folgender Satz angefügt: „/));
    expect(texts).toContain('In Artikel 1 Nummer 2 werden in § 5a Absatz 2 Satz 2 die Wörter „per Telefax“ durch das Wort „elektronisch“ ersetzt.');
  });

  it('name a statute in the Eingangssatz and join the same change at several places into one Sammelbefehl', () => {
    const r = reviewOf(STATUTE);
    const schriftform = r.findings.filter((f) => f.category === 'schriftform');
    expect(schriftform).toHaveLength(2);
    expect(fundstelle(r, schriftform[0]!)).toBe('§ 1 Abs. 1 NGastG');
    const groups = amendmentCommands(r, schriftform);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.intro).toBe('Das Niedersächsische Gaststättengesetz wird wie folgt geändert:');
    expect(groups[0]!.commands.map((c) => c.text)).toEqual([
      'In § 1 Absatz 1 und § 2 werden jeweils nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.',
    ]);
  });

  it('merge two findings that lead to the same change into one command and one text change', () => {
    const r = reviewOf(STATUTE);
    const f = r.findings.find((x) => x.category === 'schriftform')!;
    const twin: Finding = { ...f, id: 'ki-twin', source: 'KI' };
    const [group] = amendmentCommands(r, [f, twin]);
    expect(group!.commands).toHaveLength(1);
    expect(group!.commands[0]!.findingIds).toEqual([f.id, 'ki-twin']);
    expect(group!.commands[0]!.text).not.toContain('jeweils');
    const { changes, unplaced } = textChanges(r.text, [f, twin]);
    expect(unplaced).toEqual([]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.findingIds).toEqual([f.id, 'ki-twin']);
  });

  it('append several sentences to one Absatz with one command ("folgende Sätze")', () => {
    const r = reviewOf(readFileSync(join(FIXTURES, 'entwurf-ehrenamtskarte.txt'), 'utf8'));
    const absatz2 = r.findings.filter((f) => f.location.section === '§ 2' && f.location.paragraph === '2');
    expect(absatz2.map((f) => f.category).sort()).toEqual(['nachweis_vorlage', 'original_beglaubigung']);
    const [group] = amendmentCommands(r, absatz2);
    expect(group!.heading).toBe(r.title);
    expect(group!.intro).toBeUndefined();
    expect(group!.commands).toHaveLength(1);
    expect(group!.commands[0]!.text).toMatch(/^Dem § 2 Absatz 2 werden folgende Sätze angefügt: „[^“]+\. [^“]+\.“$/);
  });

  it('keep a model finding without structured change as its own text, once', () => {
    const r = reviewOf(STATUTE);
    const ki: Finding = { ...r.findings[0]!, id: 'ki-1', source: 'KI', amendment: '§ 1 Absatz 2 wird aufgehoben.' };
    delete ki.edit;
    const [group] = amendmentCommands(r, [ki, { ...ki, id: 'ki-2' }]);
    expect(group!.commands).toEqual([{ text: '§ 1 Absatz 2 wird aufgehoben.', findingIds: ['ki-1', 'ki-2'] }]);
    expect(textChanges(r.text, [ki]).unplaced[0]!.reason).toMatch(/von Hand/);
  });
});

describe('lawNameCases', () => {
  it.each([
    ['Niedersächsische Bauordnung (NBauO)', 'Die Niedersächsische Bauordnung', 'der Niedersächsischen Bauordnung'],
    ['Niedersächsisches Kommunalverfassungsgesetz vom 17. Dezember 2010', 'Das Niedersächsische Kommunalverfassungsgesetz', 'des Niedersächsischen Kommunalverfassungsgesetzes'],
    ['Achtes Buch Sozialgesetzbuch', 'Das Achte Buch Sozialgesetzbuch', 'des Achten Buches Sozialgesetzbuch'],
    ['Baugesetzbuch', 'Das Baugesetzbuch', 'des Baugesetzbuchs'],
    ['Gesetz über die Errichtung einer Stiftung', 'Das Gesetz über die Errichtung einer Stiftung', 'des Gesetzes über die Errichtung einer Stiftung'],
    ['Medienstaatsvertrag', 'Der Medienstaatsvertrag', 'des Medienstaatsvertrags'],
  ])('%s', (name, nominative, genitive) => expect(lawNameCases(name)).toEqual({ nominative, genitive }));

  it('gives up on a head noun it does not know', () => expect(lawNameCases('Niedersächsische Kommunalabgaben')).toBeUndefined());
});
