import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LawDocumentSchema, type LawDocument } from '../../server/contracts/document';
import { classifyHeading } from '../../server/parser/headings';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { locate } from '../../server/parser/locate';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parser/${name}`, import.meta.url), 'utf8');
const load = (name: string, path?: string) => parseLawMarkdown(fixture(name), path ? { path } : {});
const refOf = (doc: LawDocument, needle: string) => {
  const at = doc.text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return locate(doc, at, at + needle.length).ref;
};
const slice = (doc: LawDocument, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

describe('federal Markdown (VwVfG excerpt)', () => {
  const doc = load('vwvfg-excerpt.md');

  it('reads front matter, metadata and stand', () => {
    expect(LawDocumentSchema.parse(doc)).toBeTruthy();
    expect(doc).toMatchObject({ id: 'vwvfg', abbreviation: 'VwVfG', title: 'Verwaltungsverfahrensgesetz', jurisdiction: 'Bund' });
    expect(doc.stand).toBe('Zuletzt geändert durch Art. 15 Abs. 1 G v. 4.5.2021 I 882');
    expect(doc.excerpt).toBeUndefined();
  });

  it('takes § headings of any level as provisions and Teil/Abschnitt headings as structure', () => {
    expect(doc.provisions.map((p) => p.label)).toEqual(['§ 1', '§ 2', '§ 3', '§ 3a', '§ 4', '§ 5']);
    expect(doc.provisions[3]!.title).toBe('Elektronische Kommunikation');
    expect(doc.provisions.some((p) => /Abschnitt|Teil/.test(p.title))).toBe(false);
  });

  it('splits Absätze, sentences and wrapped enumeration items', () => {
    const p3a = doc.provisions[3]!;
    expect(p3a.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3']);
    const abs2 = p3a.paragraphs[1]!;
    expect(abs2.sentences).toHaveLength(5);
    expect(abs2.items.map((i) => i.label)).toEqual(['1', '2', '3', '4']);
    expect(slice(doc, abs2.items[3]!)).toMatch(/^4\.\s+durch sonstige sichere Verfahren[\s\S]*zu geeigneten Verfahren ab\.$/);
    expect(slice(doc, abs2.sentences[0]!)).toMatch(/^Eine durch Rechtsvorschrift angeordnete Schriftform[\s\S]*ersetzt werden\.$/);
  });

  it('cites down to Satz and Nummer, and ends an item where the running text resumes', () => {
    expect(refOf(doc, 'Versandart nach § 5 Absatz 5')).toBe('§ 3a Abs. 2 Satz 4 Nr. 2');
    expect(refOf(doc, 'elektronischer Identitätsnachweis')).toBe('§ 3a Abs. 2 Satz 5');
    expect(refOf(doc, 'qualifizierten elektronischen')).toBe('§ 3a Abs. 2 Satz 2');
    expect(refOf(doc, 'Behörde im Sinne dieses Gesetzes')).toBe('§ 1 Abs. 4');
    expect(locate(doc, 0, 3).ref).toBe('VwVfG');
  });
});

describe('federal Markdown (GG excerpt, Art headings)', () => {
  const doc = load('gg-excerpt.md');

  it('labels GG articles "Art. N" and skips the Eingangsformel', () => {
    expect(doc.abbreviation).toBe('GG');
    expect(doc.provisions[0]).toMatchObject({ label: '', title: 'Präambel' });
    expect(doc.provisions.slice(1, 4).map((p) => p.label)).toEqual(['Art. 1', 'Art. 2', 'Art. 3']);
    expect(doc.provisions.some((p) => p.title.startsWith('Eingangsformel') || p.title.startsWith('I.'))).toBe(false);
    expect(refOf(doc, 'Pflege und Erziehung der Kinder')).toBe('Art. 6 Abs. 2 Satz 1');
  });
});

describe('federal laws without §', () => {
  it('turns sections with text under roman numerals into unlabelled provisions', () => {
    const doc = load('aarkzustano.md');
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([['', 'I.'], ['', 'II.'], ['', 'III.']]);
    expect(doc.stand).toBe('Ausfertigungsdatum 2013-01-08');
    expect(refOf(doc, 'Bundesverwaltungsamt wird die Vertretung')).toBe('II. Satz 1');
    expect(refOf(doc, 'Diese Anordnung tritt')).toBe('III.');
  });

  it('drops the "(XXXX)" placeholder heading and keeps the text', () => {
    const doc = load('bpraesamtsbezano.md');
    expect(doc.provisions).toHaveLength(1);
    expect(doc.provisions[0]!.title).toBe('');
    expect(slice(doc, doc.provisions[0]!.paragraphs[0]!)).toMatch(/^Gemäß § 81 Abs\. 1/);
  });

  it('yields one empty unlabelled provision for a law that has only metadata', () => {
    const doc = load('priseno.md');
    expect(doc.provisions).toHaveLength(1);
    expect(doc.provisions[0]!.label).toBe('');
    expect(doc.provisions[0]!.paragraphs).toEqual([]);
  });
});

describe('Niedersachsen excerpts', () => {
  const ndig = load('NDIG.md', '/data/nds/NDIG.md');
  const allText = (doc: LawDocument) =>
    doc.provisions.flatMap((p) => [...p.paragraphs.map((x) => slice(doc, x)), ...p.paragraphs.flatMap((x) => x.sentences.map((s) => slice(doc, s)))]);

  it('reads the Niedersachsen front matter', () => {
    expect(LawDocumentSchema.parse(ndig)).toBeTruthy();
    expect(ndig).toMatchObject({ id: 'NDIG', abbreviation: 'NDIG', jurisdiction: 'Niedersachsen', excerpt: true });
    expect(ndig.title).toBe('Niedersächsisches Gesetz über digitale Verwaltung und Informationssicherheit');
    expect(ndig.stand).toMatch(/^Fassung ab 02\.11\.2019/);
  });

  it('keeps every §, with "TITEL NICHT GEFUNDEN" as an empty title', () => {
    expect(ndig.provisions).toHaveLength(30);
    expect(ndig.provisions.at(-1)).toMatchObject({ label: '§ 30', title: '' });
    expect(ndig.provisions.find((p) => p.label === '§ 2')!.paragraphs).toEqual([]);
  });

  it('never analyses marker lines as law text', () => {
    for (const name of ['NDIG.md', 'NBauO.md']) {
      const doc = load(name);
      const texts = allText(doc);
      expect(texts.length).toBeGreaterThan(20);
      for (const t of texts) expect(t).not.toMatch(/NICHT GEFUNDEN|\[…\]/);
      for (const p of doc.provisions) for (const it of p.paragraphs.flatMap((x) => x.items)) expect(slice(doc, it)).not.toMatch(/NICHT GEFUNDEN|\[…\]/);
    }
  });

  it('cites NDIG provisions and keeps items around missing ones', () => {
    expect(refOf(ndig, 'Nutzerkonto: eine zentrale')).toBe('§ 1 Abs. 1 Nr. 9');
    expect(refOf(ndig, 'Die Anordnung ergeht schriftlich')).toBe('§ 23 Abs. 3 Satz 3');
    const nbauo = load('NBauO.md');
    const abs1 = nbauo.provisions[0]!.paragraphs.filter((p) => p.number === '1');
    expect(abs1.flatMap((p) => p.items).map((i) => i.label)).toEqual(['1', '3', '5', '1', '2']);
  });
});

describe('classifyHeading', () => {
  it.each([
    ['§ 1.01 Begriffsbestimmungen', '§ 1.01', 'Begriffsbestimmungen'],
    ['Art 2 - Änderung des Gesetzes', 'Art. 2', 'Änderung des Gesetzes'],
    ['Art II', 'Art. II', ''],
    ['Anlage 3 (zu § 5 Abs. 2)', 'Anlage 3', '(zu § 5 Abs. 2)'],
    ['Anlage Ausbildungsrahmenplan', 'Anlage', 'Ausbildungsrahmenplan'],
    ['(XXXX) §§ 4 bis 7 (weggefallen)', '§ 4', 'bis 7 (weggefallen)'],
    ['Abschnitt 2 - Amtshilfe', '', 'Abschnitt 2 - Amtshilfe'],
  ])('%s', (raw, label, title) => {
    expect(classifyHeading(raw)).toEqual({ label, title });
  });

  it('rejects the enacting formula and tables of contents', () => {
    expect(classifyHeading('Eingangsformel')).toBeNull();
    expect(classifyHeading('Inhaltsübersicht')).toBeNull();
  });
});

describe('line ends', () => {
  it('parses a Windows-edited law file the same way', () => {
    const lf = fixture('NDIG.md');
    const crlf = parseLawMarkdown(lf.replace(/\n/g, '\r\n'));
    const ref = parseLawMarkdown(lf);
    expect(crlf.text).toBe(lf);
    expect(crlf.abbreviation).toBe('NDIG');
    expect(crlf.provisions).toEqual(ref.provisions);
  });
});

describe('federal footnotes', () => {
  it('does not analyse footnote definitions or lone footnote marks as law text', () => {
    const doc = load('bgb-footnote-excerpt.md');
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([
      ['§ 433', 'Vertragstypische Pflichten beim Kaufvertrag'],
      ['§ 434', 'Sachmangel'],
    ]);
    expect(refOf(doc, 'Amtlicher Hinweis')).toBe('BGB');
    expect(refOf(doc, 'den vereinbarten\nKaufpreis')).toBe('§ 433 Abs. 2');
  });

  it('finds the Nummern of an Absatz beside a footnote, outside the footnote, also in JSON and copies', () => {
    const md = [
      '---', 'Title: Testgesetz', 'jurabk: TestG', 'slug: testg', '---', '', '# Testgesetz (TestG)', '',
      '## § 1 Antrag', '', '(1) Dem Antrag sind beizufügen:', '', '1.  eine Meldebescheinigung,', '',
      '2.  ein Führungszeugnis.[^F1]', '', '[^F1]:   Amtlicher Hinweis: 3. keine Nummer dieses Absatzes.', '',
      '(2) Der Antrag ist schriftlich zu stellen.',
    ].join('\n');
    const doc = parseLawMarkdown(md);
    const abs1 = doc.provisions[0]!.paragraphs[0]!;
    expect(abs1.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(slice(doc, abs1.items[1]!)).toBe('2.  ein Führungszeugnis.[^F1]');
    expect(JSON.parse(JSON.stringify(abs1)).items).toEqual(abs1.items);
    expect({ ...abs1 }.items).toEqual(abs1.items);
    expect(refOf(doc, 'Führungszeugnis')).toBe('§ 1 Abs. 1 Nr. 2');
    expect(refOf(doc, 'schriftlich')).toBe('§ 1 Abs. 2');
  });
});

describe('Anlagen with parts', () => {
  it('cites parts under their own headings as the Anlage they belong to', () => {
    const md = [
      '---', 'Title: Abwasserverordnung', 'jurabk: AbwV', 'slug: abwv', '---', '', '# Abwasserverordnung (AbwV)', '',
      '## § 1 Anwendungsbereich', '', 'Diese Verordnung gilt für Abwasser.', '',
      '## Anhang 13 Herstellung von Holzspanplatten', '',
      '## **A Anwendungsbereich**', '', '(1) Dieser Anhang gilt für Abwasser aus der Herstellung.', '',
      '## **B Allgemeine Anforderungen**', '', 'Der Betreiber hat ein Betriebstagebuch zu führen.', '',
      '## Abschnitt 2 - Schlussvorschriften', '', '## Hinweis', '', 'Dieser Hinweis gehört zu keiner Anlage.',
    ].join('\n');
    const doc = parseLawMarkdown(md);
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([
      ['§ 1', 'Anwendungsbereich'],
      ['Anhang 13', 'Herstellung von Holzspanplatten'],
      ['Anhang 13', 'A Anwendungsbereich'],
      ['Anhang 13', 'B Allgemeine Anforderungen'],
      ['', 'Hinweis'],
    ]);
    expect(refOf(doc, 'Betriebstagebuch')).toBe('Anhang 13');
    expect(refOf(doc, 'Dieser Anhang gilt')).toBe('Anhang 13 Abs. 1');
  });
});

describe('indented point lists inside an Absatz (SchSiHafV § 32)', () => {
  const doc = load('schsihafv-32.md');

  it('keeps "(1) … (5)" coordinates of a Buchstabe inside the Absatz instead of opening Absätze', () => {
    expect(doc.provisions.map((p) => [p.label, p.paragraphs.map((a) => a.number).join(',')])).toEqual([['§ 32', '1,2']]);
    expect(refOf(doc, '54° 21,660´ N')).toBe('§ 32 Abs. 1 Satz 2 Nr. 2 Buchst. a');
    expect(refOf(doc, 'Der Bootsanleger')).toBe('§ 32 Abs. 2');
  });
});

describe('text after indented Buchstaben (KSchG § 1 Abs. 2)', () => {
  const doc = load('kschg-1.md');

  it('cites the words that close the Buchstaben as the Nummer above them', () => {
    expect(refOf(doc, 'an einem anderen Arbeitsplatz in demselben Betrieb')).toBe('§ 1 Abs. 2 Satz 2 Nr. 1 Buchst. b');
    expect(refOf(doc, 'und der Betriebsrat')).toBe('§ 1 Abs. 2 Satz 2 Nr. 1');
    expect(refOf(doc, 'schriftlich\n    widersprochen')).toBe('§ 1 Abs. 2 Satz 2 Nr. 1');
    expect(refOf(doc, 'personelle Auswahl')).toBe('§ 1 Abs. 2 Satz 2 Nr. 2 Buchst. a');
  });
});

describe('no-break spaces in Landesrecht sources', () => {
  it('reads "§\u00a0 12" headings as clean labels and keeps offsets', () => {
    const md = ['---', 'Title: Feuerwehrgesetz', 'abbreviation: FwG', '---', '', '## §\u00a0 1  Aufgaben', '', '(1) Die Feuerwehr hilft.', '', '## §\u00a0 2  Anzeige', '', '(1) Der Antrag ist schriftlich zu stellen.', ''].join('\n');
    const doc = parseLawMarkdown(md);
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([
      ['§ 1', 'Aufgaben'],
      ['§ 2', 'Anzeige'],
    ]);
    expect(doc.text).toHaveLength(md.length);
    expect(refOf(doc, 'schriftlich')).toMatch(/^§ 2/);
  });
});
