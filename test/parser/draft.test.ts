import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LawDocumentSchema, type LawDocument, type Provision } from '../../server/contracts/document';
import { extractText } from '../../server/ingest/extract';
import { parseDraft } from '../../server/parser/draft';
import { locate } from '../../server/parser/locate';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/drafts/${name}`, import.meta.url));
const cite = (doc: LawDocument, needle: string) => {
  const at = doc.text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return locate(doc, at, at + needle.length);
};
const textOf = (doc: LawDocument, p: { start: number; end: number }) => doc.text.slice(p.start, p.end);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const amended = (doc: LawDocument) => doc.provisions.filter((p) => p.amendedWording);
const summary = (p: Provision) => [p.article, p.targetLaw, p.label, p.paragraphs.map((x) => x.number).join(',')];

describe('Artikelgesetz (plain text)', () => {
  const doc = parseDraft(fixture('artikelgesetz-maerkte.txt').toString('utf8'));

  it('is a valid draft document', () => {
    expect(LawDocumentSchema.parse(doc)).toBeTruthy();
    expect(doc).toMatchObject({ abbreviation: 'Entwurf', jurisdiction: 'Entwurf' });
    expect(parseDraft('§ 1 Test\nText.', { title: 'NMarktG-Entwurf' }).abbreviation).toBe('NMarktG-Entwurf');
  });

  it('turns every quoted new wording into a provision of the amended § with the target law', () => {
    expect(amended(doc).map(summary)).toEqual([
      ['Artikel 1', 'NMarktG', '§ 5', '2'],
      ['Artikel 1', 'NMarktG', '§ 5', '3'],
      ['Artikel 1', 'NMarktG', '§ 5a', '1,2'],
      ['Artikel 1', 'NMarktG', '§ 7', ''],
      ['Artikel 1', 'NMarktG', '§ 9', '4'],
      ['Artikel 1', 'NMarktG', '§ 11', '2'],
      ['Artikel 2', 'NDIG', '§ 6', '2'],
      ['Artikel 2', 'NDIG', '§ 6', '5'],
    ]);
    expect(amended(doc).find((p) => p.label === '§ 5a')!.title).toBe('Bekanntmachung der Marktzeiten');
  });

  it('points the offsets into the quotation, not at the instruction', () => {
    const [replaced, abs3, p5a] = amended(doc);
    expect(textOf(doc, replaced!)).toBe('schriftlich oder elektronisch bei der Gemeinde');
    expect(doc.text[abs3!.start - 1]).toBe('„');
    expect(textOf(doc, abs3!)).toMatch(/^\(3\) Der Antrag auf Zulassung[\s\S]*Gewerbeanmeldung beizufügen\.$/);
    expect(doc.text[abs3!.end]).toBe('“');
    expect(textOf(doc, p5a!)).toMatch(/^§ 5a\nBekanntmachung der Marktzeiten\n\(1\)[\s\S]*per Telefax\.$/);
    expect(textOf(doc, amended(doc)[5]!)).toBe('oder über das Verwaltungsportal');
  });

  it('cites new wording as the amended law, down to Satz and Nummer', () => {
    expect(cite(doc, 'eigenhändig zu unterschreiben')).toMatchObject({ law: 'NMarktG', article: 'Artikel 1', ref: '§ 5 Abs. 3 Satz 1' });
    expect(cite(doc, 'amtlich beglaubigte Abschrift')).toMatchObject({ ref: '§ 5 Abs. 3 Satz 2' });
    expect(cite(doc, 'per Telefax')).toMatchObject({ law: 'NMarktG', ref: '§ 5a Abs. 2 Satz 2' });
    expect(cite(doc, 'eine Meldebescheinigung')).toMatchObject({ ref: '§ 7 Nr. 1' });
    expect(cite(doc, 'in Steuersachen')).toMatchObject({ ref: '§ 7 Nr. 3' });
    // the words after the last item close the sentence that opened the list: they belong to no Nummer
    expect(cite(doc, 'im Original vorzulegen')).toMatchObject({ ref: '§ 7' });
    expect(cite(doc, 'persönlich zu erscheinen')).toMatchObject({ ref: '§ 9 Abs. 4' });
    expect(cite(doc, 'oder über das Verwaltungsportal')).toMatchObject({ ref: '§ 11 Abs. 2 Satz 3' });
    expect(cite(doc, 'zweifacher Ausfertigung')).toMatchObject({ article: 'Artikel 2', ref: '§ 6 Abs. 5' });
  });

  it('keeps the instructions analysable without the quoted old or new wording', () => {
    const instr = doc.provisions.find((p) => p.label === 'Artikel 1')!;
    expect(instr.title).toBe('Änderung des Niedersächsischen Gesetzes über Märkte und Volksfeste (NMarktG)');
    const sentences = instr.paragraphs.flatMap((p) => p.sentences.map((s) => textOf(doc, s)));
    expect(sentences.join(' ')).toContain('wird wie folgt geändert');
    for (const s of sentences) expect(s).not.toMatch(/schriftlich|eigenhändig|Aushang|„|“/);
    expect(cite(doc, 'Absatz 3 wird wie folgt gefasst')).toMatchObject({ article: 'Artikel 1', ref: 'Artikel 1 Nr. 1 Buchst. b' });
  });

  it('parses an Artikel that enacts a law of its own, plain Artikel text, and skips the Begründung', () => {
    const own = doc.provisions.filter((p) => p.article === 'Artikel 3');
    expect(own.map((p) => [p.label, p.title, p.targetLaw, p.amendedWording])).toEqual([
      ['§ 1', 'Ehrenamtskarte', 'NEhrKG', undefined],
      ['§ 2', 'Antrag', 'NEhrKG', undefined],
    ]);
    expect(cite(doc, 'amtlichen Vordruck')).toMatchObject({ law: 'NEhrKG', ref: '§ 2 Abs. 1 Satz 1' });
    expect(doc.provisions.find((p) => p.label === 'Artikel 4')!.title).toBe('Inkrafttreten');
    expect(cite(doc, 'Bisher verlangt')).toMatchObject({ law: 'Entwurf', ref: 'Entwurf' });
  });
});

describe('the same draft from PDF and DOCX', () => {
  it.each(['artikelgesetz-maerkte.pdf', 'artikelgesetz-maerkte.docx'])('%s parses to the same amendments', async (name) => {
    const { text } = await extractText(fixture(name), name);
    const doc = parseDraft(text);
    const reference = parseDraft(fixture('artikelgesetz-maerkte.txt').toString('utf8'));
    expect(amended(doc).map(summary)).toEqual(amended(reference).map(summary));
    expect(amended(doc).map((p) => oneLine(textOf(doc, p)))).toEqual(amended(reference).map((p) => oneLine(textOf(reference, p))));
    expect(cite(doc, 'Abschrift per Telefax').ref).toBe('§ 5a Abs. 2 Satz 2');
    expect(doc.provisions.filter((p) => p.article === 'Artikel 3').map((p) => [p.label, p.title])).toEqual([['§ 1', 'Ehrenamtskarte'], ['§ 2', 'Antrag']]);
  });
});

describe('stand-alone draft (Markdown)', () => {
  const doc = parseDraft(fixture('entwurf-fischereierlaubnis.md').toString('utf8'));

  it('finds §§, Absätze and items', () => {
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([
      ['§ 1', 'Anwendungsbereich'],
      ['§ 2', 'Antrag'],
      ['§ 3', 'Persönliches Erscheinen'],
      ['§ 4', 'Bekanntmachung'],
      ['§ 5', 'Inkrafttreten'],
    ]);
    expect(doc.title).toMatch(/^Entwurf eines Niedersächsischen Gesetzes über Fischereierlaubnisse/);
    expect(cite(doc, 'eigenhändig zu unterzeichnen').ref).toBe('§ 2 Abs. 1 Satz 2');
    expect(cite(doc, 'amtlich beglaubigte Kopie').ref).toBe('§ 2 Abs. 2 Nr. 1');
    expect(cite(doc, 'persönlich bei der Fischereibehörde').ref).toBe('§ 3 Satz 1');
    expect(cite(doc, 'örtlichen Tageszeitung').ref).toBe('§ 4 Abs. 1');
  });
});

describe('Artikelgesetz (Markdown, straight quotes, cover sheet, Verfassung)', () => {
  const doc = parseDraft(fixture('aenderung-nkomvg.md').toString('utf8'));

  it('ignores the cover sheet and the Begründung, takes the target law from the intro sentence', () => {
    expect(doc.provisions.filter((p) => !p.amendedWording).map((p) => [p.label, p.title])).toEqual([
      ['Artikel 1', 'Änderung des Niedersächsischen Kommunalverfassungsgesetzes'],
      ['Artikel 2', 'Änderung der Niedersächsischen Verfassung'],
      ['Artikel 3', 'Inkrafttreten'],
    ]);
    expect(amended(doc).map(summary)).toEqual([
      ['Artikel 1', 'NKomVG', '§ 11', '1'],
      ['Artikel 1', 'NKomVG', '§ 11', '3'],
      ['Artikel 2', 'NV', 'Art. 45', '1'],
    ]);
    expect(cite(doc, 'noch durch Aushang an der Amtstafel').ref).toBe('Entwurf');
    expect(cite(doc, 'schriftlich auszufertigen').ref).toBe('Entwurf');
  });

  it('cites replaced sentences, Nummern and inserted sentences', () => {
    expect(cite(doc, 'durch Aushang an der Amtstafel des Rathauses')).toMatchObject({ law: 'NKomVG', ref: '§ 11 Abs. 1 Satz 2' });
    expect(cite(doc, 'in einer Tageszeitung')).toMatchObject({ ref: '§ 11 Abs. 3 Nr. 2' });
    expect(cite(doc, 'zur Einsichtnahme auszulegen')).toMatchObject({ law: 'NV', article: 'Artikel 2', ref: 'Art. 45 Abs. 1 Satz 2' });
  });

  it('does not analyse struck-out words', () => {
    const struck = doc.text.indexOf('"schriftlich" gestrichen');
    expect(locate(doc, struck + 1, struck + 12).ref).toBe('Artikel 1');
    const instr = doc.provisions.find((p) => p.label === 'Artikel 1')!;
    const covered = instr.paragraphs.flatMap((p) => p.sentences).some((s) => s.start <= struck + 1 && struck + 1 < s.end);
    expect(covered).toBe(false);
  });
});

describe('draft layouts', () => {
  it('reads "§ 1" with the title on the next line, and not wrapped citations as headings', () => {
    const text = 'Entwurf\n\n§ 1\nZweck\n(1) Dieses Gesetz gilt für Anträge nach\n§ 5 Abs. 2 des Gesetzes und nach\n§ 12 BGB bleibt unberührt.\n\n§ 2\nDieses Gesetz tritt am 1. Januar 2026 in Kraft.';
    const doc = parseDraft(text);
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([['§ 1', 'Zweck'], ['§ 2', '']]);
    expect(textOf(doc, doc.provisions[1]!.paragraphs[0]!)).toBe('Dieses Gesetz tritt am 1. Januar 2026 in Kraft.');
  });

  it('reads "§ 1" directly below the title line of a plain-text draft', () => {
    const text = 'Gesetz über die Fischerei an Landesgewässern\n§ 1\nAnwendungsbereich\n(1) Dieses Gesetz gilt für Landesgewässer.\n(2) Der Antrag ist schriftlich zu stellen.\n§ 2 Inkrafttreten\nDieses Gesetz tritt am 1. Januar 2026 in Kraft.';
    const doc = parseDraft(text);
    expect(doc.title).toBe('Gesetz über die Fischerei an Landesgewässern');
    expect(doc.provisions.map((p) => [p.label, p.title, p.paragraphs.map((x) => x.number).join(',')])).toEqual([
      ['§ 1', 'Anwendungsbereich', '1,2'],
      ['§ 2', 'Inkrafttreten', ''],
    ]);
    expect(cite(doc, 'schriftlich zu stellen').ref).toBe('§ 1 Abs. 2');
    // wrapped prose ending in a preposition is no title line
    const prose = parseDraft('Die Behörde entscheidet nach\n§ 5 Fischereigesetz.');
    expect(prose.provisions.map((p) => p.label)).toEqual(['']);
  });

  it('takes no single provision or sentence as the title', () => {
    expect(parseDraft('Der Antrag ist schriftlich bei der Behörde einzureichen.\n').title).toBe('Entwurf');
    expect(parseDraft('Der Antrag ist schriftlich\nbei der Behörde einzureichen.').title).toBe('Entwurf');
    expect(parseDraft('(1) Der Antrag ist schriftlich zu stellen.\n(2) Er ist zu unterschreiben.').title).toBe('Entwurf');
    expect(parseDraft('§ 1 Zweck\nDas Gesetz regelt Anträge.').title).toBe('Entwurf');
    expect(parseDraft('Gesetz über Märkte\n\n§ 1 Zweck\nDas Gesetz regelt Märkte.').title).toBe('Gesetz über Märkte');
    expect(parseDraft(fixture('artikelgesetz-maerkte.txt').toString('utf8')).title).toBe('Gesetz zur Vereinfachung des Marktwesens und zur Förderung der digitalen Verwaltung');
    expect(parseDraft('Entwurf\n\n§ 1 Zweck\nDas Gesetz regelt Märkte.').title).toBe('Entwurf');
  });

  it('names the amended law by its abbreviation where known, else by its title in short', () => {
    const article = (title: string) =>
      parseDraft(`Artikel 1\n${title}\n\nDas Gesetz vom 1. Januar 2020 wird wie folgt geändert:\n1. In § 5 wird das Wort „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt.\n`);
    const target = (title: string) => article(title).provisions.find((p) => p.amendedWording)?.targetLaw;
    expect(target('Änderung des Niedersächsischen Verwaltungsverfahrensgesetzes')).toBe('NVwVfG');
    expect(target('Änderung des Niedersächsischen Kommunalverfassungsgesetzes')).toBe('NKomVG');
    expect(target('Änderung des Niedersächsischen Gesetzes über Märkte und Volksfeste')).toBe('Niedersächsisches Gesetz über Märkte und Volksfeste');
    const long = target('Änderung des Niedersächsischen Gesetzes zur Ausführung des Bundesnaturschutzgesetzes und zur Regelung weiterer Vorschriften');
    expect(long).toMatch(/^Niedersächsisches Gesetz zur Ausführung des Bundesnaturschutzgesetzes\b.* …$/);
    expect(long!.length).toBeLessThanOrEqual(92);
  });

  it('ends a one-item-per-line list at the line that closes its sentence', () => {
    const text = '§ 3 Nachweise\n(1) Dem Antrag sind\n1. eine Meldebescheinigung,\n2. ein Führungszeugnis und\n3. eine Bescheinigung des Finanzamtes\nim Original beizufügen; dies gilt nicht, wenn die Behörde sie selbst abrufen kann.\n(2) Wrapped items stay whole:\n1. eine Bescheinigung der\n   zuständigen Stelle,\n2. ein Nachweis der\n   Zahlung.';
    const doc = parseDraft(text);
    expect(cite(doc, 'eine Bescheinigung des Finanzamtes').ref).toBe('§ 3 Abs. 1 Nr. 3');
    expect(cite(doc, 'im Original beizufügen').ref).toBe('§ 3 Abs. 1');
    expect(cite(doc, 'dies gilt nicht').ref).toBe('§ 3 Abs. 1');
    expect(cite(doc, 'Zahlung').ref).toBe('§ 3 Abs. 2 Nr. 2');
  });

  it('ends a § at a structure heading between §§', () => {
    const text = 'Erster Teil\nAllgemeines\n\n§ 1 Zweck\nDas Gesetz regelt die Anträge.\n\nZweiter Teil – Verfahren\n\n§ 2 Antrag\nDer Antrag ist zu stellen.\n\n## Abschnitt 3\n\n## § 3 Frist\nDie Frist beträgt einen Monat.';
    const doc = parseDraft(text);
    expect(doc.provisions.map((p) => [p.label, textOf(doc, p.paragraphs[0]!)])).toEqual([
      ['§ 1', 'Das Gesetz regelt die Anträge.'],
      ['§ 2', 'Der Antrag ist zu stellen.'],
      ['§ 3', 'Die Frist beträgt einen Monat.'],
    ]);
  });

  it('keeps the §§ of an enacting Artikel that quotes terms', () => {
    const text = 'Artikel 1\nNiedersächsisches Gesetz über Nutzerkonten (NNKG)\n\n§ 1 Begriff\nEin „Nutzerkonto“ ist eine Identifizierungskomponente.\n\n§ 2 Form\nDie Schriftform wird durch die elektronische Form ersetzt.\n\nArtikel 2\nInkrafttreten\nDieses Gesetz tritt am 1. Januar 2026 in Kraft.';
    const doc = parseDraft(text);
    expect(doc.provisions.map((p) => [p.label, p.article, p.targetLaw, p.amendedWording])).toEqual([
      ['§ 1', 'Artikel 1', 'NNKG', undefined],
      ['§ 2', 'Artikel 1', 'NNKG', undefined],
      ['Artikel 2', 'Artikel 2', undefined, undefined],
    ]);
  });

  it('treats a text without headings as one provision', () => {
    const doc = parseDraft('Der Antrag ist schriftlich zu stellen. Er ist zu unterschreiben.');
    expect(doc.provisions).toHaveLength(1);
    expect(cite(doc, 'zu unterschreiben').ref).toBe('Satz 2');
  });

  it('handles amendments without Artikel, several new §§ in one quotation, and inserted sentences', () => {
    const text = [
      'Gesetz zur Änderung des Niedersächsischen Verwaltungszustellungsgesetzes (NVwZG)',
      '',
      '1. Nach § 3 werden die folgenden §§ 3a und 3b eingefügt:',
      '„§ 3a Zustellung durch die Post',
      'Die Zustellung erfolgt durch Einschreiben mit Rückschein.',
      '§ 3b Zustellung gegen Empfangsbekenntnis',
      'Das Empfangsbekenntnis ist zu unterschreiben.“',
      '2. In § 4 Absatz 1 wird nach Satz 1 folgender Satz eingefügt:',
      '„Die Zustellung kann auch elektronisch erfolgen.“',
      '3. Die Angabe „§ 5“ wird durch die Angabe „§ 6“ ersetzt.',
    ].join('\n');
    const doc = parseDraft(text);
    expect(amended(doc).map((p) => [p.label, p.title, p.targetLaw])).toEqual([
      ['§ 3a', 'Zustellung durch die Post', 'NVwZG'],
      ['§ 3b', 'Zustellung gegen Empfangsbekenntnis', 'NVwZG'],
      ['§ 4', '', 'NVwZG'],
    ]);
    expect(cite(doc, 'Einschreiben mit Rückschein')).toMatchObject({ law: 'NVwZG', ref: '§ 3a' });
    expect(cite(doc, 'auch elektronisch erfolgen')).toMatchObject({ ref: '§ 4 Abs. 1 Satz 2' });
  });
});

describe('quotation styles and Begründung headings of other drafting offices', () => {
  const draft = (quote: (s: string) => string, begruendung: string) =>
    [
      'Entwurf eines Gesetzes zur Änderung des Landesfischereigesetzes',
      'Der Landtag hat das folgende Gesetz beschlossen:',
      'Artikel 1',
      'Änderung des Landesfischereigesetzes',
      'Das Landesfischereigesetz vom 1. März 2010 (GVBl. S. 10) wird wie folgt geändert:',
      '1. § 12 Absatz 1 wird wie folgt gefasst:',
      quote('(1) Der Fischereischein wird auf schriftlichen Antrag erteilt.'),
      `2. In § 14 Absatz 2 werden die Wörter ${quote('durch eingeschriebenen Brief')} gestrichen.`,
      'Artikel 2',
      'Inkrafttreten',
      'Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
      begruendung,
      'Zu Artikel 1',
      'Die Entscheidung ist bisher durch Einschreiben zu übersenden.',
    ].join('\n');

  it.each([
    ['guillemets »…«', (s: string) => `»${s}«`],
    ['English “…”', (s: string) => `“${s}”`],
  ])('reads new wording in %s as the amended §, and deleted old wording as no text of the law', (_, quote) => {
    const doc = parseDraft(draft(quote, 'Begründung'));
    expect(amended(doc).map(summary)).toEqual([['Artikel 1', 'Landesfischereigesetz', '§ 12', '1']]);
    expect(cite(doc, 'schriftlichen Antrag').ref).toBe('§ 12 Abs. 1');
    const old = doc.text.indexOf('durch eingeschriebenen Brief');
    expect(doc.provisions.some((p) => p.amendedWording && p.start <= old && old < p.end)).toBe(false);
  });

  it.each(['II. Begründung', 'B. Begründung', 'Begründung zum Gesetzentwurf', 'Begründung:'])('"%s" opens the Begründung, which is not law text', (heading) => {
    const doc = parseDraft(draft((s) => `„${s}“`, heading));
    const reason = doc.text.indexOf('Die Entscheidung ist bisher');
    expect(doc.provisions.some((p) => p.start <= reason && reason < p.end)).toBe(false);
    expect(doc.parts!.some((p) => p.kind === 'begruendung' && p.start <= reason && reason < p.end)).toBe(true);
  });

  it('keeps "Begründung des Dienstverhältnisses" as the title of a §', () => {
    const doc = parseDraft('Entwurf eines Beamtengesetzes\n\n§ 3\nBegründung des Dienstverhältnisses\n(1) Die Ernennung erfolgt schriftlich.\n\n§ 4 Inkrafttreten\nDieses Gesetz tritt am 1. Januar 2026 in Kraft.');
    expect(doc.provisions.map((p) => [p.label, p.title])).toEqual([['§ 3', 'Begründung des Dienstverhältnisses'], ['§ 4', 'Inkrafttreten']]);
  });
});

describe('old wording deleted together with more words', () => {
  const draft = (...items: string[]) =>
    [
      'Entwurf eines Gesetzes zur Änderung des Landesfischereigesetzes',
      'Der Landtag hat das folgende Gesetz beschlossen:',
      'Artikel 1',
      'Änderung des Landesfischereigesetzes',
      'Das Landesfischereigesetz vom 1. März 2010 (GVBl. S. 10) wird wie folgt geändert:',
      ...items.map((s, i) => `${i + 1}. ${s}`),
      'Artikel 2',
      'Inkrafttreten',
      'Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
    ].join('\n');
  const newWording = (doc: LawDocument) => amended(doc).map((p) => oneLine(textOf(doc, p)));

  it('is no new wording: "„X“ und das nachfolgende Komma", "„X“ sowie die Wörter „Y“", "„X“ und „Y“" … gestrichen', () => {
    const doc = parseDraft(
      draft(
        'In § 12 Absatz 1 werden das Wort „schriftlichen“ und das nachfolgende Komma gestrichen.',
        'In § 13 Absatz 2 werden die Wörter „schriftlich oder zur Niederschrift“ sowie die Wörter „durch Aushang an der\nAmtstafel“ gestrichen.',
        'In § 14 Satz 1 werden die Wörter „durch eingeschriebenen Brief“ und „persönlich“ gestrichen.',
      ),
    );
    expect(newWording(doc)).toEqual([]);
  });

  it('leaves new wording new when the words after it start another change', () => {
    const doc = parseDraft(
      draft(
        'In § 15 werden die Wörter „mit eigenhändiger Unterschrift“ durch die Wörter „in elektronischer Form“ und das Wort „Vordruck“ durch das Wort „Formular“ ersetzt.',
        '§ 16 Absatz 2 Satz 3 wird wie folgt gefasst: „Der Antrag ist schriftlich zu stellen.“ und Satz 4 wird gestrichen.',
        'In § 17 werden nach dem Wort „Antrag“ die Wörter „auf Vordruck“ eingefügt und das Wort „mündlich“ gestrichen.',
      ),
    );
    expect(newWording(doc)).toEqual(['in elektronischer Form', 'Formular', 'Der Antrag ist schriftlich zu stellen.', 'auf Vordruck']);
  });
});
